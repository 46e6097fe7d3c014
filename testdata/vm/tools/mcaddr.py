#!/usr/bin/env python3
"""Multicast and anycast addresses through rtnetlink, for the qemu harness.

  mcaddr.py listen SECONDS          joins RTNLGRP_IPV4_MCADDR, IPV6_MCADDR and IPV6_ACADDR (37-39) and prints what
                                    arrives (type, family, ifindex) until SECONDS pass
  mcaddr.py join4 GROUP IFADDR      joins an IPv4 group on the interface of IFADDR, holds it 1 s, leaves
  mcaddr.py join6 GROUP IFINDEX     the same for an IPv6 group
  mcaddr.py dump TYPE FAMILY        sends RTM_GETMULTICAST (58) or RTM_GETANYCAST (62) as a dump, prints the answers
"""
import socket, struct, sys, time

SOL_NETLINK, NETLINK_ADD_MEMBERSHIP = 270, 1
NAMES = {56: "RTM_NEWMULTICAST", 57: "RTM_DELMULTICAST", 60: "RTM_NEWANYCAST", 61: "RTM_DELANYCAST", 3: "NLMSG_DONE", 2: "NLMSG_ERROR"}


def messages(data):
    off = 0
    while off + 16 <= len(data):
        length, kind, flags, seq, pid = struct.unpack_from("=IHHII", data, off)
        if length < 16:
            return
        body = data[off + 16:off + length]
        yield kind, body
        off += (length + 3) & ~3


def show(kind, body):
    if len(body) >= 8 and kind in (56, 57, 60, 61):
        family, plen, flags, scope, index = struct.unpack_from("=BBBBI", body)
        print(f"{NAMES[kind]} family={family} ifindex={index}", flush=True)
    else:
        print(NAMES.get(kind, str(kind)), flush=True)


def listen(seconds):
    s = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, socket.NETLINK_ROUTE)
    s.bind((0, 0))
    for g in (37, 38, 39):
        s.setsockopt(SOL_NETLINK, NETLINK_ADD_MEMBERSHIP, g)
    s.settimeout(0.2)
    end = time.time() + float(seconds)
    while time.time() < end:
        try:
            data = s.recv(65536)
        except socket.timeout:
            continue
        for kind, body in messages(data):
            show(kind, body)


def join4(group, ifaddr):
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    mreq = socket.inet_aton(group) + socket.inet_aton(ifaddr)
    s.setsockopt(socket.IPPROTO_IP, socket.IP_ADD_MEMBERSHIP, mreq)
    time.sleep(1)
    s.setsockopt(socket.IPPROTO_IP, socket.IP_DROP_MEMBERSHIP, mreq)


def join6(group, ifindex):
    s = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
    mreq = socket.inet_pton(socket.AF_INET6, group) + struct.pack("@I", int(ifindex))
    s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_JOIN_GROUP, mreq)
    time.sleep(1)
    s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_LEAVE_GROUP, mreq)


def dump(kind, family):
    s = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, socket.NETLINK_ROUTE)
    s.bind((0, 0))
    body = struct.pack("=BBBBI", int(family), 0, 0, 0, 0)
    s.send(struct.pack("=IHHII", 16 + len(body), int(kind), 0x301, 1, 0) + body)   # NLM_F_REQUEST | NLM_F_DUMP
    while True:
        done = False
        for k, b in messages(s.recv(65536)):
            show(k, b)
            done |= k in (2, 3)
        if done:
            return


if __name__ == "__main__":
    {"listen": listen, "join4": join4, "join6": join6, "dump": dump}[sys.argv[1]](*sys.argv[2:])
