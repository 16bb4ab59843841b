package nl.eisenwijzer.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.eisenwijzer.pve.Pve;

/** What an answer changes in the PvE: counts per kind now, and the lines it adds or removes. */
public record Preview(boolean complete, String message, Pve.Summary summary, List<Pve.Line> added, List<Pve.Line> removed) {

    static Preview incomplete(String message) {
        return new Preview(false, message, null, List.of(), List.of());
    }

    static Preview of(TenderPages.Built before, TenderPages.Built after, Texts texts) {
        if (!after.ready()) {
            return incomplete(InputErrors.describe(after.problem(), texts));
        }
        Set<String> was = new LinkedHashSet<>();
        if (before.ready()) {
            before.pve().requirements().forEach(line -> was.add(line.id()));
        }
        Set<String> is = new LinkedHashSet<>();
        after.pve().requirements().forEach(line -> is.add(line.id()));
        List<Pve.Line> added = before.ready()
                ? after.pve().requirements().stream().filter(line -> !was.contains(line.id())).toList() : List.of();
        List<Pve.Line> removed = before.ready()
                ? before.pve().requirements().stream().filter(line -> !is.contains(line.id())).toList() : List.of();
        return new Preview(true, null, after.pve().summary(), added, removed);
    }
}
