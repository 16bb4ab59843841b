package nl.eisenwijzer.natsec;

import nl.eisenwijzer.catalog.Text;
import nl.eisenwijzer.input.WireEnum;

/** The four questions of the national-security test, as the Kamerbrief of 17 april 2023 puts them. */
public enum Question implements WireEnum {
    Q1("q1", Text.of(
            "Komt de leverancier uit, of wordt hij beheerst door een partij uit, een land met een wettelijke medewerkingsplicht aan de overheid (in het bijzonder inlichtingen- of militaire diensten), of is hij een staatsbedrijf?",
            "Is the supplier from, or controlled by a party from, a country whose law obliges companies to cooperate with its government (in particular intelligence or military services), or is it state-owned?")),
    Q2("q2", Text.of(
            "Komt de leverancier uit een land met een actief offensief programma gericht op Nederland en Nederlandse belangen, of waarmee de verhoudingen zo gespannen zijn dat schadelijk handelen denkbaar is?",
            "Is the supplier from a country with an active offensive programme aimed at the Netherlands and Dutch interests, or with which relations are so tense that harmful acts are conceivable?")),
    Q3A("q3a", Text.of(
            "Krijgt de leverancier vergaande toegang tot gevoelige locaties, gevoelige ICT-systemen of vitale infrastructuur, waar misbruik een risico voor de nationale veiligheid kan zijn?",
            "Does the supplier get extensive access to sensitive locations, sensitive ICT systems or vital infrastructure, where misuse could be a national-security risk?")),
    Q3B("q3b", Text.of(
            "Zijn er beheersmaatregelen mogelijk en realiseerbaar die de nationale-veiligheidsbelangen voldoende beschermen?",
            "Are control measures possible and realisable that sufficiently protect the national-security interests at stake?"));

    private final String wire;
    private final Text text;

    Question(String wire, Text text) {
        this.wire = wire;
        this.text = text;
    }

    @Override
    public String wire() {
        return wire;
    }

    public Text text() {
        return text;
    }
}
