package kz.election.document;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A printable act of a commission (a resolution, a certificate, a certified copy of a protocol) as an A4
 * PDF: headings, paragraphs, label-value lines, tables and images, laid out top to bottom with line
 * wrapping and page breaks.
 *
 * <p>Text is set in DejaVu Sans (embedded as a subset), which covers the Kazakh letters (ә ғ қ ң ө ұ ү һ і)
 * and Russian; every character is real text, so the tests, a screen reader and a court's copy-and-paste
 * read back what was printed. One use: add the parts, then {@link #toBytes()} once.
 */
public final class PdfDocument {

    private static final float MARGIN = 56f;
    private static final float TITLE_SIZE = 15f;
    private static final float HEADING_SIZE = 12f;
    private static final float TEXT_SIZE = 10f;
    private static final float LEADING = 1.35f;

    private final List<Part> parts = new ArrayList<>();
    private final String title;
    private String subject;
    private Calendar created;

    private PdfDocument(String title) {
        this.title = Objects.requireNonNull(title, "title");
        parts.add(new Text(title, true, TITLE_SIZE, 10f));
    }

    /** A document whose first line, and whose PDF title, is {@code title}. */
    public static PdfDocument titled(String title) {
        return new PdfDocument(title);
    }

    /** The PDF's subject and creation date, as a reader's document properties show them. */
    public PdfDocument describedAs(String subject, java.time.Instant createdAt) {
        this.subject = subject;
        this.created = GregorianCalendar.from(createdAt.atZone(ZoneOffset.UTC));
        return this;
    }

    public PdfDocument heading(String text) {
        parts.add(new Text(text, true, HEADING_SIZE, 6f));
        return this;
    }

    public PdfDocument paragraph(String text) {
        parts.add(new Text(text, false, TEXT_SIZE, 6f));
        return this;
    }

    /** A line "label: value", the label in bold. */
    public PdfDocument field(String label, String value) {
        parts.add(new Row(List.of(label, value == null ? "" : value), new float[] {0.38f, 0.62f}, false));
        return this;
    }

    /**
     * A table: the header row in bold, then the rows; column widths as shares of the text width, which must
     * add up to 1.
     */
    public PdfDocument table(List<String> header, List<List<String>> rows, float... widths) {
        if (widths.length != header.size()) {
            throw new IllegalArgumentException("one width per column: " + header.size() + " columns, "
                    + widths.length + " widths");
        }
        parts.add(new Row(header, widths, true));
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("a row of " + row.size() + " cells in a table of "
                        + header.size() + " columns: " + row);
            }
            parts.add(new Row(row, widths, false));
        }
        parts.add(new Space(6f));
        return this;
    }

    /** An image (a QR code, a seal), {@code width} points wide, kept in proportion. */
    public PdfDocument image(BufferedImage image, float width) {
        parts.add(new Picture(image, width));
        return this;
    }

    public PdfDocument space(float points) {
        parts.add(new Space(points));
        return this;
    }

    /** The document as PDF bytes. */
    public byte[] toBytes() {
        try (PDDocument pdf = new PDDocument()) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(title);
            info.setSubject(subject);
            info.setCreationDate(created);
            info.setProducer("akim-elections");
            Layout layout = new Layout(pdf, font(pdf, "DejaVuSans.ttf"), font(pdf, "DejaVuSans-Bold.ttf"));
            try {
                for (Part part : parts) {
                    part.draw(layout);
                }
            } finally {
                layout.close();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the PDF \"" + title + "\"", e);
        }
    }

    private static PDType0Font font(PDDocument pdf, String file) throws IOException {
        try (InputStream in = PdfDocument.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font /fonts/" + file + " is missing from the classpath");
            }
            return PDType0Font.load(pdf, in, true);
        }
    }

    private sealed interface Part permits Text, Row, Picture, Space {
        void draw(Layout layout) throws IOException;
    }

    private record Text(String text, boolean bold, float size, float after) implements Part {
        @Override
        public void draw(Layout layout) throws IOException {
            layout.cell(text, bold, size, MARGIN, layout.textWidth());
            layout.advance(after);
        }
    }

    private record Row(List<String> cells, float[] widths, boolean bold) implements Part {
        @Override
        public void draw(Layout layout) throws IOException {
            float x = MARGIN;
            float height = 0;
            List<List<String>> wrapped = new ArrayList<>();
            for (int i = 0; i < cells.size(); i++) {
                float width = layout.textWidth() * widths[i] - 6f;
                List<String> lines = layout.wrap(cells.get(i) == null ? "" : cells.get(i), boldCell(i), TEXT_SIZE, width);
                wrapped.add(lines);
                height = Math.max(height, lines.size() * TEXT_SIZE * LEADING);
            }
            layout.ensure(height);
            for (int i = 0; i < cells.size(); i++) {
                layout.lines(wrapped.get(i), boldCell(i), TEXT_SIZE, x);
                x += layout.textWidth() * widths[i];
            }
            layout.advance(height + 2f);
        }

        /** A header row is bold throughout; a label-value line only in its label. */
        private boolean boldCell(int column) {
            return bold || column == 0 && widths.length == 2;
        }
    }

    private record Picture(BufferedImage image, float width) implements Part {
        @Override
        public void draw(Layout layout) throws IOException {
            float height = width * image.getHeight() / image.getWidth();
            layout.ensure(height);
            PDImageXObject xObject = LosslessFactory.createFromImage(layout.pdf, image);
            layout.stream.drawImage(xObject, MARGIN, layout.y - height, width, height);
            layout.advance(height + 6f);
        }
    }

    private record Space(float points) implements Part {
        @Override
        public void draw(Layout layout) {
            layout.advance(points);
        }
    }

    /** The pen: the current page, its content stream and how far down it has written. */
    private static final class Layout {
        private final PDDocument pdf;
        private final PDType0Font regular;
        private final PDType0Font bold;
        private PDPageContentStream stream;
        private float y;

        Layout(PDDocument pdf, PDType0Font regular, PDType0Font bold) throws IOException {
            this.pdf = pdf;
            this.regular = regular;
            this.bold = bold;
            newPage();
        }

        float textWidth() {
            return PDRectangle.A4.getWidth() - 2 * MARGIN;
        }

        void newPage() throws IOException {
            close();
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            stream = new PDPageContentStream(pdf, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void close() throws IOException {
            if (stream != null) {
                stream.close();
                stream = null;
            }
        }

        void ensure(float height) throws IOException {
            if (y - height < MARGIN) {
                newPage();
            }
        }

        void advance(float points) {
            y -= points;
        }

        void cell(String text, boolean isBold, float size, float x, float width) throws IOException {
            for (String line : wrap(text, isBold, size, width)) {
                ensure(size * LEADING);
                lines(List.of(line), isBold, size, x);
                advance(size * LEADING);
            }
        }

        void lines(List<String> lines, boolean isBold, float size, float x) throws IOException {
            float lineY = y;
            for (String line : lines) {
                stream.beginText();
                stream.setFont(isBold ? bold : regular, size);
                stream.newLineAtOffset(x, lineY - size);
                stream.showText(line);
                stream.endText();
                lineY -= size * LEADING;
            }
        }

        /** Breaks at spaces, and inside a word only when the word alone is wider than the cell. */
        List<String> wrap(String text, boolean isBold, float size, float width) throws IOException {
            PDType0Font font = isBold ? bold : regular;
            List<String> lines = new ArrayList<>();
            for (String paragraph : printable(font, text).split("\r?\n", -1)) {
                StringBuilder line = new StringBuilder();
                for (String word : paragraph.split(" ")) {
                    String candidate = line.isEmpty() ? word : line + " " + word;
                    if (widthOf(font, candidate, size) <= width) {
                        line.setLength(0);
                        line.append(candidate);
                        continue;
                    }
                    if (!line.isEmpty()) {
                        lines.add(line.toString());
                        line.setLength(0);
                    }
                    String rest = word;
                    while (widthOf(font, rest, size) > width && rest.length() > 1) {
                        int cut = rest.length() - 1;
                        while (cut > 1 && widthOf(font, rest.substring(0, cut), size) > width) {
                            cut--;
                        }
                        lines.add(rest.substring(0, cut));
                        rest = rest.substring(cut);
                    }
                    line.append(rest);
                }
                lines.add(line.toString());
            }
            return lines;
        }

        /** Tabs as spaces, and a letter the font lacks as "?" rather than a failed document. */
        private static String printable(PDType0Font font, String text) throws IOException {
            StringBuilder out = new StringBuilder(text.length());
            for (int codePoint : text.replace('\t', ' ').codePoints().toArray()) {
                out.appendCodePoint(codePoint == '\n' || codePoint == '\r' || printable(font, codePoint) ? codePoint : '?');
            }
            return out.toString();
        }

        private static boolean printable(PDType0Font font, int codePoint) throws IOException {
            // glyph 0 is the font's "missing" box: a reader would see a box and copy out the real letter
            return ((PDCIDFontType2) font.getDescendantFont()).getTrueTypeFont().getUnicodeCmapLookup()
                    .getGlyphId(codePoint) != 0;
        }

        private static float widthOf(PDType0Font font, String text, float size) throws IOException {
            return font.getStringWidth(text) / 1000f * size;
        }
    }
}
