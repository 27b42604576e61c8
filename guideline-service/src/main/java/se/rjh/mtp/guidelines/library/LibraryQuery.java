package se.rjh.mtp.guidelines.library;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import se.rjh.mtp.api.common.TextRules;
import se.rjh.mtp.api.guidelines.view.LibraryEntry;
import se.rjh.mtp.guidelines.domain.RegulationCitation;

/** Searches the library read model: the published library and the register of all guidelines. */
@Component
public record LibraryQuery(LibraryStore store) {

    /**
     * Guidelines matching {@code text} (title, scope, published text, number) and citing {@code regulation}, by
     * document number. The text filter runs in the store. The regulation filter runs here, on what the store
     * answered: "covers" is a prefix rule over normalised citations that lives once, in {@link RegulationCitation},
     * and is shared with the regulatory-watch follow-up; it is not written a second time as a store query.
     */
    public List<LibraryEntry> search(String text, String regulation, boolean publishedOnly) {
        String needle = TextRules.optional("text", text, TextRules.LINE);
        String cited = TextRules.optional("regulation", regulation, TextRules.LINE);
        return store.search(needle, publishedOnly).stream()
                .filter(e -> cited == null || e.references().stream().anyMatch(r -> RegulationCitation.covers(cited, r)))
                .map(LibraryStore.Entry::view)
                .sorted(Comparator.comparingLong(LibraryStore::number))
                .toList();
    }
}
