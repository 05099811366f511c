package io.promisekeeper.build;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads the host services that {@code META-INF/spring/plugin-context.xml} imports. */
public final class HostServiceReferences {
    private static final String BLUEPRINT_NS = "http://www.eclipse.org/gemini/blueprint/schema/blueprint";

    private HostServiceReferences() {
    }

    /** A host service import: its bean id and interface. */
    public record Reference(String id, String interfaceName) {
    }

    public static List<Reference> read() {
        try (InputStream in = HostServiceReferences.class.getResourceAsStream("/META-INF/spring/plugin-context.xml")) {
            if (in == null) {
                throw new IllegalStateException("META-INF/spring/plugin-context.xml is not on the class path");
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document doc = factory.newDocumentBuilder().parse(in);
            NodeList refs = doc.getElementsByTagNameNS(BLUEPRINT_NS, "reference");
            List<Reference> result = new ArrayList<>();
            for (int i = 0; i < refs.getLength(); i++) {
                Element ref = (Element) refs.item(i);
                result.add(new Reference(ref.getAttribute("id"), ref.getAttribute("interface")));
            }
            return result;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read plugin-context.xml: " + e, e);
        }
    }
}
