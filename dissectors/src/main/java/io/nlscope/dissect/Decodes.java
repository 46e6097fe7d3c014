package io.nlscope.dissect;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The protocol number a {@link ProtocolDissector} service decodes, stated on its class, so that
 * {@link ProtocolRegistry} makes it only when a message of that protocol first appears (a
 * capture of one protocol does not load the tables of all). Optional: a service without it is
 * made when the registry is; either way {@link ProtocolDissector#protocol()} must agree.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Decodes {
    /** The netlink protocol number, 0..31. */
    int value();
}
