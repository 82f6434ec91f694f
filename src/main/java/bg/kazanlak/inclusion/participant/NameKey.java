package bg.kazanlak.inclusion.participant;

/**
 * The search key of a name: its letters case-folded in Java, so that "ИВАНОВА", "Иванова" and
 * "иванова" meet in one index entry whatever the database's collation or LC_CTYPE (PostgreSQL's
 * {@code lower()} folds no Cyrillic under LC_CTYPE=C, and a function on the column defeats the
 * index). Folding code point by code point keeps the key as long as the name, so it fits the name's
 * column size.
 */
public final class NameKey {

  private NameKey() {}

  public static String of(String name) {
    if (name == null) {
      return null;
    }
    StringBuilder key = new StringBuilder(name.length());
    name.strip()
        .codePoints()
        .map(c -> Character.toLowerCase(Character.toUpperCase(c)))
        .forEach(key::appendCodePoint);
    return key.toString();
  }
}
