package io.promisekeeper.build;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The built {@code atlassian-plugin.xml}, as the plugin system will read it. */
public final class PluginDescriptor {
    private final Document doc;

    private PluginDescriptor(Document doc) {
        this.doc = doc;
    }

    public static PluginDescriptor load() {
        try (InputStream in = PluginDescriptor.class.getResourceAsStream("/atlassian-plugin.xml")) {
            if (in == null) {
                throw new IllegalStateException("atlassian-plugin.xml is not on the class path");
            }
            return new PluginDescriptor(DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in));
        } catch (Exception e) {
            throw new IllegalStateException("cannot read atlassian-plugin.xml: " + e, e);
        }
    }

    /** The descriptor at {@code url}, for example inside an installed bundle. */
    public static PluginDescriptor load(java.net.URL url) {
        try (InputStream in = url.openStream()) {
            return new PluginDescriptor(DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in));
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + url + ": " + e, e);
        }
    }

    public Element root() {
        return doc.getDocumentElement();
    }

    public List<Element> elements(String tag) {
        NodeList nodes = doc.getElementsByTagName(tag);
        List<Element> result = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add((Element) nodes.item(i));
        }
        return result;
    }

    /** Every element anywhere in the descriptor that carries the attribute. */
    public List<Element> withAttribute(String attribute) {
        List<Element> result = new ArrayList<>();
        for (Element e : elements("*")) {
            if (e.hasAttribute(attribute)) {
                result.add(e);
            }
        }
        return result;
    }
}
