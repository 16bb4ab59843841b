package nl.eisenwijzer.rules;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.eisenwijzer.sources.SourceException;
import nl.eisenwijzer.sources.SourceFile;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The DRL packages each KieBase of {@code kmodule.xml} takes, read with the JDK's own parser so that a rule
 * file in a package no pipeline lists can be reported before Drools quietly leaves it out.
 */
final class PipelinePackages {

    private PipelinePackages() {
    }

    /** KieBase name → its packages, in the order of the file. */
    static Map<String, List<String>> read(SourceFile kmodule) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setNamespaceAware(true);
            NodeList kbases = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(kmodule.content().getBytes(StandardCharsets.UTF_8)))
                    .getElementsByTagNameNS("*", "kbase");
            Map<String, List<String>> packages = new LinkedHashMap<>();
            for (int i = 0; i < kbases.getLength(); i++) {
                Element kbase = (Element) kbases.item(i);
                packages.put(kbase.getAttribute("name"), Arrays.stream(kbase.getAttribute("packages").split(","))
                        .map(String::strip).filter(p -> !p.isEmpty()).toList());
            }
            return packages;
        } catch (Exception e) {
            throw new SourceException(kmodule.path() + ": cannot be read: " + e.getMessage());
        }
    }
}
