package bg.kazanlak.inclusion.participant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {

  @Test
  void cyrillicAndLatinCaseFoldToOneKey() {
    assertThat(NameKey.of("ИВАНОВА")).isEqualTo(NameKey.of("иванова")).isEqualTo("иванова");
    assertThat(NameKey.of("Петя-Мария")).isEqualTo(NameKey.of("пЕТЯ-мАРИЯ"));
    assertThat(NameKey.of("Ъгленова Ѝ")).isEqualTo(NameKey.of("ъГЛЕНОВА ѝ"));
    assertThat(NameKey.of("O'NEILL")).isEqualTo(NameKey.of("o'neill"));
    assertThat(NameKey.of(null)).isNull();
  }

  @Test
  void theKeyIsAsLongAsTheNameSoItFitsTheNamesColumn() {
    // full-string case mapping would grow these ("İ" lower-cased is two chars, "ß" upper-cased
    // "SS")
    assertThat(NameKey.of("İSTANBUL")).hasSize(8);
    assertThat(NameKey.of("Straße")).hasSize(6);
    assertThat(NameKey.of("Й".repeat(100))).hasSize(100);
  }
}
