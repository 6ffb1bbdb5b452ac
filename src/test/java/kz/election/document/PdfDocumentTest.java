package kz.election.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PdfDocumentTest {

    @Test
    void kazakhAndRussianTextIsPrintedAsTextAndReadsBack() {
        byte[] pdf = PdfDocument.titled("Аумақтық сайлау комиссиясының қаулысы № 14")
                .describedAs("resolution", Instant.parse("2026-12-08T06:00:00Z"))
                .heading("Постановление территориальной избирательной комиссии")
                .paragraph("Әкімнің сайлауына кандидатты тіркеу туралы: ғ қ ң ө ұ ү һ і")
                .field("Кандидат", "Сәрсенбаев Нұрлан Қайратұлы")
                .table(List.of("Член комиссии", "Голос"), List.of(List.of("Иванова А. Б.", "за"),
                        List.of("Оспанов Ж.", "против")), 0.7f, 0.3f)
                .toBytes();

        String text = PdfContents.text(pdf);
        assertThat(PdfContents.title(pdf)).isEqualTo("Аумақтық сайлау комиссиясының қаулысы № 14");
        assertThat(text).contains("Аумақтық сайлау комиссиясының қаулысы № 14",
                "Постановление территориальной избирательной комиссии", "ғ қ ң ө ұ ү һ і",
                "Сәрсенбаев Нұрлан Қайратұлы", "Иванова А. Б.", "против");
    }

    @Test
    void longTextWrapsAndBreaksOntoNewPagesWithoutLosingAWord() {
        PdfDocument document = PdfDocument.titled("Протокол");
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            words.add("слово" + i);
        }
        document.paragraph(String.join(" ", words));
        byte[] pdf = document.toBytes();

        assertThat(PdfContents.pages(pdf)).isGreaterThan(1);
        String text = PdfContents.text(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("слово0 слово1", "слово1249 слово1250", "слово2499");
    }

    @Test
    void aLetterTheFontLacksIsPrintedAsAQuestionMarkNotAFailure() {
        byte[] pdf = PdfDocument.titled("Certificate").paragraph("Observer \u4E2D Ali").toBytes();

        assertThat(PdfContents.text(pdf)).contains("Observer ? Ali");
    }

    @Test
    void aQrCodeInTheDocumentScansToWhatWasPutIn() {
        String address = "https://elections.example.kz/results/verify?election=2026-7&precinct=12&digest=ab12cd";
        byte[] pdf = PdfDocument.titled("Заверенная копия").image(QrCode.of(address, 240), 110).toBytes();

        assertThat(PdfContents.qrCodes(pdf)).containsExactly(address);
    }

    @Test
    void aTableRowOfTheWrongWidthIsRefused() {
        assertThatThrownBy(() -> PdfDocument.titled("t").table(List.of("a", "b"), List.of(List.of("1")), 0.5f, 0.5f))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a row of 1 cells");
    }
}
