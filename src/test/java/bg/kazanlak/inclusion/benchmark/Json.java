package bg.kazanlak.inclusion.benchmark;

import java.util.Collection;
import java.util.Iterator;
import java.util.Map;

/** Just enough JSON output for the benchmark's result files (maps, lists, numbers, strings). */
final class Json {

  private Json() {}

  static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out, "");
    return out.toString();
  }

  private static void write(Object value, StringBuilder out, String indent) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof Number || value instanceof Boolean) {
      out.append(value);
    } else if (value instanceof Map<?, ?> map) {
      out.append("{");
      Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
      while (entries.hasNext()) {
        Map.Entry<?, ?> e = entries.next();
        out.append("\n").append(indent).append("  ");
        string(String.valueOf(e.getKey()), out);
        out.append(": ");
        write(e.getValue(), out, indent + "  ");
        out.append(entries.hasNext() ? "," : "\n" + indent);
      }
      out.append("}");
    } else if (value instanceof Collection<?> list) {
      out.append("[");
      Iterator<?> items = list.iterator();
      while (items.hasNext()) {
        out.append("\n").append(indent).append("  ");
        write(items.next(), out, indent + "  ");
        out.append(items.hasNext() ? "," : "\n" + indent);
      }
      out.append("]");
    } else {
      string(value.toString(), out);
    }
  }

  private static void string(String s, StringBuilder out) {
    out.append('"');
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
