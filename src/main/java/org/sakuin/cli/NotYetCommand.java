package org.sakuin.cli;

import java.util.concurrent.Callable;

/** A command whose feature has not landed yet: says so and exits with 2. */
abstract class NotYetCommand implements Callable<Integer> {

    static final int NOT_AVAILABLE = 2;

    abstract String what();

    @Override
    public Integer call() {
        System.err.println(what() + " is not available yet in this version of Sakuin.");
        return NOT_AVAILABLE;
    }
}
