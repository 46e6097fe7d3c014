meta:
  id: netlink_message
  title: One netlink message (struct nlmsghdr and what follows it)
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  A netlink packet (one frame after the nlmon cooked header, or one datagram on a netlink
  socket) is a sequence of these messages. Each starts on a 4-byte boundary (NLMSG_ALIGN);
  nlmsg_len counts the 16-byte header and the payload but not the padding after it. The last
  message of a packet may lack its padding (an xfrm flush of length 17 is one), and a packet may
  end with bytes that are no message at all (iproute2 sends zeros after a dump request).
  The dissector walks a packet one message at a time with this type, so that one malformed
  message is reported on its own and does not hide the others; it finds the next message at
  NLMSG_ALIGN(nlmsg_len) from this one (the padding bytes carry nothing).

  All integers are in the byte order of the host that sent or received the message; a capture
  from a big-endian host is read with is_le false.
doc-ref: /usr/include/linux/netlink.h
params:
  - id: is_le
    type: bool
seq:
  - id: header
    type: nlmsghdr
  - id: payload
    size: header.nlmsg_len - 16
    type:
      switch-on: header.nlmsg_type
      cases:
        2: nlmsgerr      # NLMSG_ERROR (an error, or an ACK when error is 0)
        3: nlmsg_done    # NLMSG_DONE: end of a multi-part dump
        _: protocol_payload
types:
  nlmsghdr:
    doc: struct nlmsghdr
    seq:
      - id: nlmsg_len
        type: u4
        valid:
          min: 16
        doc: Length of the message including this header, excluding trailing padding.
      - id: nlmsg_type
        type: u2
        doc: |
          Message type: below 16 a control message (enum nlmsg_control), else defined by
          the protocol (or, for NETLINK_GENERIC, the family id).
      - id: nlmsg_flags
        type: u2
        doc: |
          NLM_F_* flags. The low byte (enum nlm_f_common) means the same for every message;
          the high byte means different things for GET requests (nlm_f_get), NEW requests
          (nlm_f_new), DELETE requests (nlm_f_delete) and NLMSG_ERROR (nlm_f_ack).
      - id: nlmsg_seq
        type: u4
        doc: Sequence number chosen by the requester; replies carry the request's.
      - id: nlmsg_pid
        type: u4
        doc: Port id of the sending socket (0 for the kernel; requests often leave it 0).
  protocol_payload:
    doc: |
      The payload of a protocol message: a protocol-specific fixed header, usually followed
      by attributes (nlattr.ksy). Decoded by the dissector registered for the protocol.
  attributes:
    doc: |
      A run of nlattr TLVs (nlattr.ksy), walked one attribute at a time by the dissector.
  nlmsgerr:
    doc: |
      struct nlmsgerr: the error code (0 for an ACK), a copy of the request's header, the
      request's payload unless the kernel capped it (always for ACKs, and for errors when the
      socket set NETLINK_CAP_ACK; NLM_F_CAPPED says so), then extended ACK attributes when
      NLM_F_ACK_TLVS is set.
    seq:
      - id: error
        type: s4
        doc: 0 for an ACK, else a negative errno.
      - id: request_header
        type: nlmsghdr
      - id: request_payload
        size: request_header.nlmsg_len - 16
        type: protocol_payload
        if: has_request_payload
      - id: request_padding
        size: (-request_header.nlmsg_len) % 4
        if: has_request_payload and not _io.eof
      - id: ext_ack
        size-eos: true
        type: attributes
        if: (_parent.header.nlmsg_flags & 0x200) != 0
        doc: Extended ACK attributes (enum nlmsgerr_attr), present with NLM_F_ACK_TLVS.
    instances:
      has_request_payload:
        value: error != 0 and (_parent.header.nlmsg_flags & 0x100) == 0
        doc: The kernel echoes the request's payload only in errors, and not when NLM_F_CAPPED.
  nlmsg_done:
    doc: |
      NLMSG_DONE closes a dump: the dump's final error code (normally 0), then extended ACK
      attributes when NLM_F_ACK_TLVS is set.
    seq:
      - id: error
        type: s4
        if: not _io.eof
      - id: ext_ack
        size-eos: true
        type: attributes
        if: (_parent.header.nlmsg_flags & 0x200) != 0
enums:
  nlmsg_control:
    1: nlmsg_noop
    2: nlmsg_error
    3: nlmsg_done
    4: nlmsg_overrun
  nlm_f_common:
    0x01: nlm_f_request
    0x02: nlm_f_multi
    0x04: nlm_f_ack
    0x08: nlm_f_echo
    0x10: nlm_f_dump_intr
    0x20: nlm_f_dump_filtered
  nlm_f_get:
    0x100: nlm_f_root
    0x200: nlm_f_match
    0x400: nlm_f_atomic
  nlm_f_new:
    0x100: nlm_f_replace
    0x200: nlm_f_excl
    0x400: nlm_f_create
    0x800: nlm_f_append
  nlm_f_delete:
    0x100: nlm_f_nonrec
    0x200: nlm_f_bulk
  nlm_f_ack:
    0x100: nlm_f_capped
    0x200: nlm_f_ack_tlvs
  # Attribute sets: the name of each attribute type, and in -nl-type how its value is read
  # (u8/u16/u32/u64, s8..s64, string, binary, flag, nest: with -nl-nest the set of the
  # attributes inside). The dissector reads these tables from this file.
  nlmsgerr_attr:
    0: {id: nlmsgerr_attr_unused, -nl-type: binary}
    1: {id: nlmsgerr_attr_msg, -nl-type: string, doc: error message}
    2: {id: nlmsgerr_attr_offs, -nl-type: u32, doc: offset of the invalid attribute in the request}
    3: {id: nlmsgerr_attr_cookie, -nl-type: binary}
    4: {id: nlmsgerr_attr_policy, -nl-type: nest, -nl-nest: netlink_policy_type_attr, doc: policy of the rejected attribute}
    5: {id: nlmsgerr_attr_miss_type, -nl-type: u32, doc: type of a missing required attribute}
    6: {id: nlmsgerr_attr_miss_nest, -nl-type: u32, doc: offset of the nest the attribute is missing from}
  netlink_policy_type_attr:
    0: {id: nl_policy_type_attr_unspec, -nl-type: binary}
    1: {id: nl_policy_type_attr_type, -nl-type: u32, -nl-enum: netlink_attribute_type}
    2: {id: nl_policy_type_attr_min_value_s, -nl-type: s64}
    3: {id: nl_policy_type_attr_max_value_s, -nl-type: s64}
    4: {id: nl_policy_type_attr_min_value_u, -nl-type: u64}
    5: {id: nl_policy_type_attr_max_value_u, -nl-type: u64}
    6: {id: nl_policy_type_attr_min_length, -nl-type: u32}
    7: {id: nl_policy_type_attr_max_length, -nl-type: u32}
    8: {id: nl_policy_type_attr_policy_idx, -nl-type: u32}
    9: {id: nl_policy_type_attr_policy_maxtype, -nl-type: u32}
    10: {id: nl_policy_type_attr_bitfield32_mask, -nl-type: u32}
    11: {id: nl_policy_type_attr_pad, -nl-type: binary}
    12: {id: nl_policy_type_attr_mask, -nl-type: u64}
  netlink_attribute_type:
    0: nl_attr_type_invalid
    1: nl_attr_type_flag
    2: nl_attr_type_u8
    3: nl_attr_type_u16
    4: nl_attr_type_u32
    5: nl_attr_type_u64
    6: nl_attr_type_s8
    7: nl_attr_type_s16
    8: nl_attr_type_s32
    9: nl_attr_type_s64
    10: nl_attr_type_binary
    11: nl_attr_type_string
    12: nl_attr_type_nul_string
    13: nl_attr_type_nested
    14: nl_attr_type_nested_array
    15: nl_attr_type_bitfield32
    16: nl_attr_type_sint
    17: nl_attr_type_uint
