package kz.election.i18n;

import java.util.Optional;

/**
 * A text a form shows read-only (a checklist, a summary) that staff read in their language although the process
 * keeps it once, in English. Tasklist's reading of a task's form variables asks every such bean for the reader's
 * text; a completion that sends one of these readings back keeps the stored text.
 */
public interface FormTexts {

    /**
     * The text variable {@code variable} of the instance of process {@code processKey} with {@code businessKey}
     * reads in {@code language} (kk, ru or en), or empty when this bean does not write it (shown as stored).
     */
    Optional<String> read(String processKey, String businessKey, String variable, String language);
}
