package bg.kazanlak.inclusion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Each feature's SQL names only its own tables. A feature's tables are the ones its Flyway
 * migrations create; its SQL is every string literal and text block in the Java sources under its
 * package ({@code bg.kazanlak.inclusion.<feature>} and below). Another feature's data is reached
 * through that feature's public types or its events, never its tables.
 *
 * <p>Fast: reads files, no Spring, no engine, no database.
 */
class FeatureTablesTest {

  private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
  private static final Path JAVA_MIGRATIONS = Path.of("src/main/java/db/migration");
  private static final Path FEATURES = Path.of("src/main/java/bg/kazanlak/inclusion");

  /**
   * Which feature each migration belongs to, by version. Explicit rather than guessed from the file
   * name ({@code V4__expense} is the budget's): a new migration fails this test until it is given
   * its feature here. A migration that only alters the tables of several features (adds columns or
   * indexes, creates none) names them all, comma-separated: it may create no table, since a table
   * has one owner.
   */
  private static final Map<String, String> MIGRATION_FEATURE =
      Map.ofEntries(
          Map.entry("V1", "participant"),
          Map.entry("V2", "programme"),
          Map.entry("V3", "budget"),
          Map.entry("V4", "budget"),
          Map.entry("V5", "education"),
          Map.entry("V6", "employment"),
          // a Java migration (db.migration): the participants' name keys
          Map.entry("V7", "participant"),
          Map.entry("V8", "identity"),
          Map.entry("V9", "housing"),
          Map.entry("V10", "initiative"),
          Map.entry("V11", "familyhouse"),
          Map.entry("V12", "familyhouse"),
          Map.entry("V13", "familyhouse"),
          Map.entry("V14", "participant"),
          // the dates the indicators are read by as of a day: participant and ledger columns
          Map.entry("V15", "participant,budget"),
          Map.entry("V16", "audit"),
          // retention: the legal hold and the anonymised marker on the participant
          Map.entry("V17", "participant"));

  /**
   * The allow-list of tables whose owner is not the feature whose migration created them. {@code
   * number_sequence} is the programme's shared numbering table ({@code programme.NumberSeries}
   * hands out every feature's numbers from it); it was created by the participant migration only
   * because the participants' registration numbers were the first series.
   */
  private static final Map<String, String> SHARED_TABLE_OWNER =
      Map.of("number_sequence", "programme");

  private static final Pattern CREATE_TABLE =
      Pattern.compile(
          "create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)",
          Pattern.CASE_INSENSITIVE);

  /**
   * A table named after one of the words that introduce one (delete from, insert into, join...).
   */
  private static final Pattern TABLE_REFERENCE =
      Pattern.compile(
          "\\b(?:from|join|into|update|references|table)\\s+([a-z_][a-z0-9_]*)",
          Pattern.CASE_INSENSITIVE);

  /**
   * A literal is SQL when it opens with a statement's (or a fragment's) first word: log and error
   * messages ("Asset of club {} recorded from expense {}") are prose, not SQL.
   */
  private static final Pattern SQL_START =
      Pattern.compile(
          "^\\s*(?:select|insert|update|delete|merge|with|from|join|left|inner|where|and|set|values"
              + "|order|group|union)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern MIGRATION_VERSION = Pattern.compile("^(V\\d+)__.*");

  @Test
  @DisplayName("every table a feature's SQL names is one of that feature's tables")
  void everyFeatureNamesOnlyItsOwnTables() {
    Map<String, String> owners = tableOwners();
    List<String> violations = new ArrayList<>();
    Map<String, Set<String>> seen = new TreeMap<>();
    for (Path source : javaSources(FEATURES)) {
      String feature = featureOf(source);
      for (String sql : sqlLiterals(read(source))) {
        Matcher reference = TABLE_REFERENCE.matcher(sql);
        while (reference.find()) {
          String table = reference.group(1).toLowerCase(Locale.ROOT);
          String owner = owners.get(table);
          if (owner == null) {
            continue; // not a table of ours: a column (extract(year from d)) or plain prose
          }
          seen.computeIfAbsent(feature, f -> new TreeSet<>()).add(table);
          if (!owner.equals(feature)) {
            violations.add(
                className(source)
                    + " (feature "
                    + feature
                    + ") names table "
                    + table
                    + ", which belongs to "
                    + owner);
          }
        }
      }
    }
    assertThat(violations).as("SQL naming another feature's table").isEmpty();
    // the scan must have found the repositories' SQL, or it proves nothing
    assertThat(seen)
        .containsKeys("participant", "programme", "budget", "education", "employment", "identity");
  }

  @Test
  @DisplayName("every migration is assigned to a feature and every table has one owner")
  void everyMigrationBelongsToAFeature() {
    Map<String, String> owners = tableOwners();
    assertThat(owners)
        .containsKeys(
            "participant",
            "number_sequence",
            "programme_clock_shift",
            "budget_line_balance",
            "expense",
            "club",
            "employment_contract",
            "identity_setup");
    assertThat(owners.get("number_sequence")).isEqualTo("programme");
    assertThat(owners.get("expense")).isEqualTo("budget");
  }

  @Test
  @DisplayName("the literal reader finds SQL in text blocks and concatenations, not in comments")
  void literalReaderSeesOnlyStrings() {
    String source =
        """
        /** Reads {@code from hidden_table} in a comment. */
        class X {
          // update commented_table
          String a = "select * from " + "joined_table";
          String b = \"""
              insert into block_table (x)
              values ('it''s')\""";
          char c = '"';
          String d = "escaped \\" from quoted_table";
        }
        """;
    List<String> literals = stringLiterals(source);
    assertThat(literals).hasSize(3);
    assertThat(literals.get(0)).isEqualTo("select * from joined_table");
    assertThat(literals.get(1)).contains("insert into block_table");
    assertThat(literals.get(2)).contains("from quoted_table");
    assertThat(String.join(" ", literals)).doesNotContain("hidden_table", "commented_table");
  }

  @Test
  @DisplayName("log and error messages are not read as SQL")
  void messagesAreNotSql() {
    String source =
        """
        class X {
          void f() {
            log.info("Asset of club {} recorded from expense {}", id, number);
            jdbc.sql(SELECT + " where id = ?");
            jdbc.sql("  Select x from club");
          }
        }
        """;
    assertThat(sqlLiterals(source)).containsExactly(" where id = ?", "  Select x from club");
  }

  /** Table name to its feature: from the migrations' {@code create table}, then the allow-list. */
  private static Map<String, String> tableOwners() {
    Map<String, String> owners = new TreeMap<>();
    List<Path> migrations = new ArrayList<>(files(MIGRATIONS, ".sql"));
    migrations.addAll(files(JAVA_MIGRATIONS, ".java"));
    assertThat(migrations).isNotEmpty();
    for (Path migration : migrations) {
      String name = migration.getFileName().toString();
      Matcher version = MIGRATION_VERSION.matcher(name);
      assertThat(version.matches()).as("migration name %s", name).isTrue();
      String feature = MIGRATION_FEATURE.get(version.group(1));
      assertThat(feature)
          .as("the feature of migration %s (add it to MIGRATION_FEATURE)", name)
          .isNotNull();
      Matcher create = CREATE_TABLE.matcher(read(migration));
      if (feature.contains(",")) {
        assertThat(create.find())
            .as("migration %s of several features (%s) creates a table", name, feature)
            .isFalse();
        continue;
      }
      while (create.find()) {
        String table = create.group(1).toLowerCase(Locale.ROOT);
        String before = owners.put(table, feature);
        assertThat(before).as("table %s created twice", table).isNull();
      }
    }
    SHARED_TABLE_OWNER.forEach(
        (table, owner) -> {
          assertThat(owners).as("allow-listed table %s exists", table).containsKey(table);
          owners.put(table, owner);
        });
    return owners;
  }

  /** {@code participant} for {@code .../inclusion/participant/onboarding/X.java}. */
  private static String featureOf(Path source) {
    Path relative = FEATURES.relativize(source);
    return relative.getNameCount() == 1 ? "(application)" : relative.getName(0).toString();
  }

  private static String className(Path source) {
    return FEATURES.relativize(source).toString().replace('/', '.').replaceAll("\\.java$", "");
  }

  static List<String> sqlLiterals(String java) {
    return stringLiterals(java).stream().filter(s -> SQL_START.matcher(s).find()).toList();
  }

  /**
   * The string literals and text blocks of a Java source, comments skipped; literals joined by
   * {@code +} are read as one string, so a table split from its keyword is still seen.
   */
  static List<String> stringLiterals(String java) {
    List<String> literals = new ArrayList<>();
    StringBuilder current = null;
    int i = 0;
    int n = java.length();
    while (i < n) {
      char c = java.charAt(i);
      if (java.startsWith("//", i)) {
        i = endOfLine(java, i);
      } else if (java.startsWith("/*", i)) {
        int end = java.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else if (c == '\'') {
        i = skipQuoted(java, i, '\'');
      } else if (c == '"') {
        boolean block = java.startsWith("\"\"\"", i);
        int start = block ? i + 3 : i + 1;
        int end = block ? java.indexOf("\"\"\"", start) : skipQuoted(java, i, '"') - 1;
        if (end < 0) {
          end = n;
        }
        String text = java.substring(start, end);
        if (current == null) {
          current = new StringBuilder(text);
        } else {
          current.append(text);
        }
        i = block ? Math.min(n, end + 3) : end + 1;
        int next = skipBlank(java, i);
        if (next < n
            && java.charAt(next) == '+'
            && skipBlank(java, next + 1) < n
            && java.charAt(skipBlank(java, next + 1)) == '"') {
          i = skipBlank(java, next + 1); // the next literal continues this one
        } else {
          literals.add(current.toString().replace("\\\"", "\""));
          current = null;
        }
      } else {
        i++;
      }
    }
    return literals;
  }

  private static int endOfLine(String s, int i) {
    int end = s.indexOf('\n', i);
    return end < 0 ? s.length() : end + 1;
  }

  /** The index after the closing quote of the literal opened at {@code i}. */
  private static int skipQuoted(String s, int i, char quote) {
    int j = i + 1;
    while (j < s.length() && s.charAt(j) != quote) {
      j += s.charAt(j) == '\\' ? 2 : 1;
    }
    return Math.min(s.length(), j + 1);
  }

  private static int skipBlank(String s, int i) {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static List<Path> javaSources(Path root) {
    return files(root, ".java");
  }

  private static List<Path> files(Path root, String suffix) {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
