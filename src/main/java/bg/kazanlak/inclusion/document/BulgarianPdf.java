package bg.kazanlak.inclusion.document;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/**
 * An A4 PDF in Bulgarian. The font is the Liberation Sans that OpenPDF's own jar ships (it has
 * Cyrillic), embedded in the document, so a letter renders the same on every machine whatever fonts
 * the system has. Read from the jar once; documents are built on request and not stored.
 */
@Component
public class BulgarianPdf {

  private static final String FONT = "/font-fallback/LiberationSans-Regular.ttf";

  private final byte[] font;

  public BulgarianPdf() {
    try (InputStream in = Document.class.getResourceAsStream(FONT)) {
      if (in == null) {
        throw new IllegalStateException("OpenPDF's jar has no " + FONT);
      }
      this.font = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The document titled {@code title}, its content written by {@code content} in three sizes. */
  public byte[] a4(String title, Content content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 56, 56, 56, 56);
    try {
      BaseFont base =
          BaseFont.createFont(
              "LiberationSans-Regular.ttf",
              BaseFont.IDENTITY_H,
              BaseFont.EMBEDDED,
              true,
              font,
              null);
      PdfWriter.getInstance(document, out);
      document.addTitle(title);
      document.addCreator("Kazanlak Inclusion");
      document.open();
      content.write(
          document,
          new Fonts(new Font(base, 15, Font.BOLD), new Font(base, 11), new Font(base, 9)));
      document.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** What a document says, written into the open document. */
  @FunctionalInterface
  public interface Content {
    void write(Document document, Fonts fonts);
  }

  /** The document's title, body and small print. */
  public record Fonts(Font title, Font text, Font small) {}
}
