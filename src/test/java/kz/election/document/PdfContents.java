package kz.election.document;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a reader of a PDF gets out of it: its text, its title, and what its QR codes say. For tests. */
public final class PdfContents {

    private PdfContents() {
    }

    public static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException("not a readable PDF", e);
        }
    }

    public static String title(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getDocumentInformation().getTitle();
        } catch (IOException e) {
            throw new UncheckedIOException("not a readable PDF", e);
        }
    }

    public static int pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException("not a readable PDF", e);
        }
    }

    /** The content of every QR code drawn in the document, decoded from its images as a scanner would. */
    public static List<String> qrCodes(byte[] pdf) {
        List<String> found = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    PDXObject object = page.getResources().getXObject(name);
                    if (object instanceof PDImageXObject image) {
                        decode(image.getImage()).ifPresent(found::add);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("not a readable PDF", e);
        }
        return found;
    }

    static java.util.Optional<String> decode(BufferedImage image) {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        try {
            return java.util.Optional.of(new QRCodeReader().decode(bitmap).getText());
        } catch (NotFoundException | ChecksumException | FormatException e) {
            return java.util.Optional.empty();
        }
    }
}
