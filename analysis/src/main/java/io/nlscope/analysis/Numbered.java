package io.nlscope.analysis;

import io.nlscope.dissect.NetlinkMessage;

/**
 * A message with its number in the capture: 1 for the first message of the first frame,
 * counting every message of every frame (the numbers {@code nlscope read} prints).
 */
public record Numbered(long number, NetlinkMessage message) {}
