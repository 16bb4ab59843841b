package nl.eisenwijzer.oscal;

import java.util.List;
import nl.eisenwijzer.catalog.Text;
import nl.eisenwijzer.oscal.OscalModel.Part;

/**
 * How a Dutch-and-English text is laid out in OSCAL, which has no second language for a title or prose: the
 * Dutch, the catalogue's first language, in the object itself, and the English in a part named
 * {@code translation} (Eisenwijzer's namespace, class {@code en}) whose title and prose translate the title and
 * prose of the object it is in.
 */
final class Bilingual {

    private Bilingual() {
    }

    /** A part with Dutch prose and its English translation inside it. */
    static Part part(String id, String name, String ns, Text text) {
        return new Part(id, name, ns, null, null, null, text.nl(), List.of(translation(null, text.en())));
    }

    /** The English of the object it is put in: its title, its prose, or both. */
    static Part translation(String title, String prose) {
        return new Part(null, "translation", OscalModel.NS, "en", title, null, prose, null);
    }
}
