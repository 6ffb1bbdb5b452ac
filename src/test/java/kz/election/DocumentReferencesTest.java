package kz.election;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The repository stands on its own: every document a source, model, form, ruleset or document names
 * exists in it (a bare name such as RULES.md is looked up in docs/), and nothing points at a folder
 * outside it or at a path on somebody's machine.
 */
class DocumentReferencesTest {

    private static final List<String> SOURCES = List.of("src", "bpmn", "forms", "docs", "bench", ".ci", "README.md", "pom.xml");
    private static final Pattern DOCUMENT = Pattern.compile("(?<![A-Za-z0-9_./-])((?:[A-Za-z0-9_.-]+/)*[A-Z][A-Z0-9_-]+\\.md)\\b");
    // a link or image of a Markdown document ([text](target), ![alt](target)), and a path into docs/ of any kind
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\]\\(([^)\\s#]+)(?:#[^)]*)?\\)");
    private static final Pattern DOCS_PATH = Pattern.compile("(?<![A-Za-z0-9_./-])(docs/[A-Za-z0-9_./-]+\\.(?:md|png|svg|pdf|txt))\\b");
    private static final Pattern OUTSIDE = Pattern.compile("\\.\\./shared|(?<![A-Za-z0-9.])/(?:work|home|Users|root)/[A-Za-z]|[A-Z]:\\\\Users\\\\");

    @Test
    void everyDocumentNamedInTheRepositoryIsInIt() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path file : files()) {
            Matcher named = DOCUMENT.matcher(read(file));
            while (named.find()) {
                String reference = named.group(1);
                if (!Files.exists(Path.of(reference)) && !Files.exists(Path.of("docs").resolve(reference))
                        && !Files.exists(file.getParent() == null ? Path.of(reference) : file.getParent().resolve(reference))) {
                    missing.add(file + " names " + reference);
                }
            }
        }
        assertThat(missing).as("documents named but not in the repository").isEmpty();
    }

    @Test
    void everyLinkAndImageOfADocumentAndEveryPathIntoDocsIsInTheRepository() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path file : files()) {
            String text = read(file);
            if (file.toString().endsWith(".md")) {
                Matcher link = MARKDOWN_LINK.matcher(text);
                while (link.find()) {
                    String target = link.group(1);
                    if (!target.matches("^[a-z][a-z0-9+.-]*:.*") && !Files.exists(relative(file, target))
                            && !Files.exists(Path.of(target))) {
                        missing.add(file + " links " + target);
                    }
                }
            }
            Matcher docs = DOCS_PATH.matcher(text);
            while (docs.find()) {
                if (!Files.exists(Path.of(docs.group(1))) && !Files.exists(relative(file, docs.group(1)))) {
                    missing.add(file + " names " + docs.group(1));
                }
            }
        }
        assertThat(missing).as("links and docs/ paths to nothing in the repository").isEmpty();
    }

    @Test
    void theLicenceIsInTheRepositoryAndTheReadmeSaysWhichAndWhy() throws IOException {
        assertThat(Path.of("LICENSE")).exists();
        assertThat(Files.readString(Path.of("LICENSE"))).contains("Apache License", "Version 2.0");
        assertThat(Files.readString(Path.of("README.md"))).contains("## Licence", "Apache License 2.0", "`LICENSE`");
    }

    private static Path relative(Path file, String target) {
        return file.getParent() == null ? Path.of(target) : file.getParent().resolve(target);
    }

    @Test
    void nothingPointsOutsideTheRepository() throws IOException {
        List<String> outside = new ArrayList<>();
        for (Path file : files()) {
            if (file.endsWith("DocumentReferencesTest.java")) {
                continue;
            }
            String[] lines = read(file).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (OUTSIDE.matcher(lines[i]).find()) {
                    outside.add(file + ":" + (i + 1) + ": " + lines[i].strip());
                }
            }
        }
        assertThat(outside).as("lines that point outside the repository").isEmpty();
    }

    @Test
    void theRulesTheCodeCitesAreInTheRepository() {
        assertThat(Path.of("docs", "RULES.md")).exists();
        assertThat(Path.of("docs", "ARCHITECTURE.md")).exists();
        assertThat(Path.of("docs", "STACK-NOTES.md")).exists();
        assertThat(Path.of("docs", "STYLE.md")).exists();
    }

    private static List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String source : SOURCES) {
            Path root = Path.of(source);
            if (!Files.exists(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile)
                        // the linter's installed packages are npm's, not the repository's
                        .filter(path -> !path.toString().contains("node_modules"))
                        .filter(path -> !path.toString().contains("/results/") || !path.toString().startsWith("bench"))
                        .filter(path -> path.toString().matches(".*\\.(java|ya?ml|properties|md|bpmn|form|sql|html|xml|sh)$")
                                || path.getFileName().toString().equals("run"))
                        .forEach(files::add);
            }
        }
        return files;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (MalformedInputException binary) {
            return "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
