package org.tpiclinic.procedures.dose;

/**
 * Where the dose check finds the words of its notices and the sources of its fixed rules (the application's
 * {@code messages.properties}, keys {@code dose.notice.*} and {@code dose.source.*}).
 */
@FunctionalInterface
public interface NoticeWords {

    String say(String key, Object... arguments);
}
