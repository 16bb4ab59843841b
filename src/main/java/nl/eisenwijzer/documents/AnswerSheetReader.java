package nl.eisenwijzer.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.eisenwijzer.catalog.Catalog;
import nl.eisenwijzer.gap.AssuranceReport;
import nl.eisenwijzer.gap.Certificate;
import nl.eisenwijzer.gap.ChainAccess;
import nl.eisenwijzer.gap.ChainParty;
import nl.eisenwijzer.gap.ClientReference;
import nl.eisenwijzer.gap.ControllingParty;
import nl.eisenwijzer.gap.DossierReader;
import nl.eisenwijzer.gap.Insurance;
import nl.eisenwijzer.gap.ReliedOnFor;
import nl.eisenwijzer.gap.Statement;
import nl.eisenwijzer.gap.SupplierDossier;
import nl.eisenwijzer.gap.SupportingDocument;
import nl.eisenwijzer.input.InvalidInputException;
import nl.eisenwijzer.input.WireEnum;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Imports a filled-in answer sheet ({@link AnswerSheet}) as a supplier dossier, so a bidder's Excel can go
 * where a YAML dossier goes. The hidden metadata sheet must be there; each answered requirement row becomes a
 * statement (a row without an answer stays unanswered), the other sheets become the dossier's records. The
 * dossier is then checked like a YAML one ({@link DossierReader#validate}), with every error moved from the
 * dossier field to the cell it came from ("sheet 'Certificaten', row 5, column 'Geldig tot'"). Like every
 * dossier it is confidential: nothing read here is logged.
 */
public final class AnswerSheetReader {

    private static final String REQUIREMENT = "requirement";

    private final AnswerSheetLayout layout;
    private final DossierReader dossiers;

    public AnswerSheetReader(Catalog catalog) {
        this.layout = new AnswerSheetLayout(catalog);
        this.dossiers = new DossierReader(catalog);
    }

    public SupplierDossier read(byte[] xlsx) {
        try (XSSFWorkbook workbook = open(xlsx)) {
            AnswerSheetMetadata metadata = AnswerSheetMetadata.read(workbook);
            SheetInput input = new SheetInput(workbook, metadata.language());
            Map<String, CellLocation> origins = new HashMap<>();
            SupplierDossier dossier = dossier(input, metadata, origins);
            try {
                return dossiers.validate(dossier, metadata.requirements());
            } catch (InvalidInputException e) {
                throw located(e, origins);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XSSFWorkbook open(byte[] xlsx) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new InvalidInputException("", "not an .xlsx workbook but an older Excel (.xls) file; save it as .xlsx");
        } catch (IOException | RuntimeException e) {
            // POI reports a file that is no Office Open XML package with several unchecked exceptions.
            throw new InvalidInputException("", "not an .xlsx workbook: the file cannot be opened as an Excel workbook");
        }
    }

    private SupplierDossier dossier(SheetInput input, AnswerSheetMetadata metadata, Map<String, CellLocation> origins) {
        SheetRecord bidder = input.form(layout.dossier(""));
        origin(origins, "", bidder);
        SheetRecord cover = input.form(layout.dossier("insurance"));
        origin(origins, "insurance", cover);
        Map<String, List<Owner>> owners = owners(input);
        List<ControllingParty> bidderOwners = attach(owners.remove(""), "ownership", origins);
        List<ChainParty> subcontractors = chain(input, "subcontractors", owners, origins);
        List<ChainParty> components = chain(input, "components", owners, origins);
        if (!owners.isEmpty()) {
            SheetRecord stray = owners.values().iterator().next().get(0).record();
            throw stray.cell("party").error("'" + stray.text("party") + "' is not a subcontractor or component supplier; "
                    + "give the name of a party on sheet '" + layout.dossier("subcontractors").name().in(metadata.language())
                    + "' or '" + layout.dossier("components").name().in(metadata.language())
                    + "', or leave it empty for the bidder itself");
        }
        Long price = bidder.number("price");
        return new SupplierDossier(bidder.text("name"), bidder.text("kvkNumber"), bidder.text("country"),
                price == null ? null : java.math.BigDecimal.valueOf(price),
                bidder.yesNo("stateOwned"), bidderOwners, subcontractors, components,
                records(input, "certificates", origins, r -> new Certificate(r.text("type"), r.text("scope"),
                        r.list("coversServices"), r.text("issuer"), r.yesNo("accredited"), r.date("issued"),
                        r.date("validUntil"), r.text("holder"), r.text("reliedOnFor") == null ? null
                                : WireEnum.parse(ReliedOnFor.class, "reliedOnFor", r.text("reliedOnFor")))),
                records(input, "reports", origins, r -> new AssuranceReport(r.text("type"), r.text("issuer"),
                        r.date("periodStart"), r.date("periodEnd"), r.date("issued"), r.list("coversServices"))),
                records(input, "documents", origins, r -> new SupportingDocument(r.text("type"), r.date("date"),
                        r.text("equivalentOf"), r.text("country"), r.text("name"))),
                cover.isBlank() ? null : new Insurance(cover.number("perClaim"), cover.number("perYear"),
                        cover.yesNo("willTakeOutOnAward")),
                records(input, "references", origins, r -> new ClientReference(r.text("client"), r.date("completed"),
                        r.count("users"), r.yesNo("publicSector"))),
                statements(input, metadata, origins), List.of());
    }

    /** One statement per requirement row with an answer; the row's id must be a line of the sheet's PvE. */
    private List<Statement> statements(SheetInput input, AnswerSheetMetadata metadata, Map<String, CellLocation> origins) {
        AnswerSheetLayout.Sheet spec = layout.requirements();
        List<AnswerSheetLayout.Column> columns = spec.columns().stream()
                .filter(c -> c.input() || c.field().equals(REQUIREMENT)).toList();
        Set<String> lines = Set.copyOf(metadata.lines());
        Set<String> seen = new HashSet<>();
        List<Statement> statements = new ArrayList<>();
        for (SheetRecord row : input.table(spec, columns)) {
            String id = row.text(REQUIREMENT);
            CellLocation idCell = row.cell(REQUIREMENT);
            if (id == null) {
                throw idCell.error("the row has an answer but no requirement id; the id column must keep the id the "
                        + "answer sheet came with");
            }
            if (!lines.contains(id)) {
                throw idCell.error("'" + id + "' is not a line of the PvE this answer sheet was made for");
            }
            if (!seen.add(id)) {
                throw idCell.error("'" + id + "' appears twice; answer each line once");
            }
            if (row.text("answer") != null) {
                origin(origins, "statements[" + statements.size() + "]", row);
                // The cell holds a code of the column: a current one, or a first code from an older sheet.
                statements.add(Statement.coded(id, row.text("answer"), row.text("explanation"), row.list("evidence")));
            }
        }
        return statements;
    }

    /** An ownership row and the controlling party it describes. */
    private record Owner(ControllingParty party, SheetRecord record) {
    }

    /** The ownership rows by the party they belong to: "" for the bidder, else a chain party's name. */
    private Map<String, List<Owner>> owners(SheetInput input) {
        AnswerSheetLayout.Sheet spec = layout.dossier("ownership");
        Map<String, List<Owner>> owners = new LinkedHashMap<>();
        for (SheetRecord row : input.table(spec, spec.columns())) {
            String party = row.text("party") == null ? "" : row.text("party");
            owners.computeIfAbsent(party, k -> new ArrayList<>()).add(new Owner(
                    new ControllingParty(row.text("name"), row.text("country"), row.yesNo("stateOwned")), row));
        }
        return owners;
    }

    private List<ChainParty> chain(SheetInput input, String path, Map<String, List<Owner>> owners,
            Map<String, CellLocation> origins) {
        List<ChainParty> parties = new ArrayList<>();
        AnswerSheetLayout.Sheet spec = layout.dossier(path);
        for (SheetRecord row : input.table(spec, spec.columns())) {
            String at = path + "[" + parties.size() + "]";
            origin(origins, at, row);
            List<Owner> own = row.text("name") == null ? null : owners.remove(row.text("name"));
            parties.add(new ChainParty(row.text("name"), row.text("country"), row.text("role"),
                    row.list("access").stream().map(a -> WireEnum.parse(ChainAccess.class, at, a)).toList(),
                    row.yesNo("stateOwned"), attach(own, at + ".ownership", origins)));
        }
        return parties;
    }

    private static List<ControllingParty> attach(List<Owner> owners, String path, Map<String, CellLocation> origins) {
        if (owners == null) {
            return List.of();
        }
        for (int i = 0; i < owners.size(); i++) {
            origin(origins, path + "[" + i + "]", owners.get(i).record());
        }
        return owners.stream().map(Owner::party).toList();
    }

    private <T> List<T> records(SheetInput input, String path, Map<String, CellLocation> origins,
            Function<SheetRecord, T> build) {
        AnswerSheetLayout.Sheet spec = layout.dossier(path);
        List<T> records = new ArrayList<>();
        for (SheetRecord row : input.table(spec, spec.columns())) {
            origin(origins, path + "[" + records.size() + "]", row);
            records.add(build.apply(row));
        }
        return records;
    }

    /** Remembers where the record at {@code path} (empty for the bidder's own fields) and each of its fields came from. */
    private static void origin(Map<String, CellLocation> origins, String path, SheetRecord record) {
        if (!path.isEmpty()) {
            origins.put(path, record.start());
        }
        String prefix = path.isEmpty() ? "" : path + ".";
        record.cells().forEach((field, at) -> origins.put(prefix + field, at));
    }

    /**
     * The dossier check's error moved to the cell the offending value came from: the longest known prefix of
     * its field path ({@code certificates[0].coversServices[1]} falls back to {@code certificates[0].coversServices}).
     */
    private static InvalidInputException located(InvalidInputException e, Map<String, CellLocation> origins) {
        String path = e.field();
        while (!path.isEmpty()) {
            CellLocation at = origins.get(path);
            if (at != null) {
                return at.error(e.getMessage(), e.allowedValues());
            }
            int cut = Math.max(path.lastIndexOf('['), path.lastIndexOf('.'));
            path = cut < 0 ? "" : path.substring(0, cut);
        }
        return e;
    }
}
