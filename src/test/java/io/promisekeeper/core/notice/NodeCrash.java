package io.promisekeeper.core.notice;

/** Stands for a node stopping dead in a test: an Error, so no code under test catches it as a failure. */
public final class NodeCrash extends Error {
    public NodeCrash(String where) {
        super("node stopped " + where);
    }
}
