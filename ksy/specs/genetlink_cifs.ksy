meta:
  id: genetlink_cifs
  title: "Generic netlink family cifs: CIFS_GENL_CMD_*, CIFS_GENL_ATTR_*, CIFS_SWN_*"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  The SMB client's Service Witness Protocol (SWN) helper channel (the cifs module; Linux 7.2 headers). When a
  share is mounted with `witness`, the kernel asks the user-space witness daemon (cifs.witness) on group
  "cifs_mcgrp_swn" to register (SWN_REGISTER: a registration id, the server's net name, share name and address,
  which changes to be told of, and the credentials) or unregister (SWN_UNREGISTER); the daemon reports a change
  with SWN_NOTIFY: the registration id, the notification type and, for a resource change, the resource's name and
  new state. The kernel takes only SWN_NOTIFY. The header gives no value types; those here are the kernel's
  policy's (the registration id, notification type and resource state u32, the address a struct
  sockaddr_storage, the *_NOTIFY and KRB_AUTH flags).
doc-ref: /usr/include/linux/cifs/cifs_netlink.h
params:
  - id: is_le
    type: bool
enums:
  cifs_genl_commands:
    # the kernel sends SWN_REGISTER and SWN_UNREGISTER to group "cifs_mcgrp_swn" (CIFS_GENL_MCGRP_SWN_NAME); no -nl-group:
    # Debian's 6.12 and 7.2 kernels are built without CONFIG_CIFS_SWN_UPCALL, so no capture shows the family announce it
    0: {id: cifs_genl_cmd_unspec, -nl-kind: other}
    1: {id: cifs_genl_cmd_swn_register, -nl-kind: new}
    2: {id: cifs_genl_cmd_swn_unregister, -nl-kind: delete}
    3: {id: cifs_genl_cmd_swn_notify, -nl-kind: other}
  cifs_genl_attributes:
    0: {id: cifs_genl_attr_unspec, -nl-type: binary}
    1: {id: cifs_genl_attr_swn_registration_id, -nl-type: u32}
    2: {id: cifs_genl_attr_swn_net_name, -nl-type: string}
    3: {id: cifs_genl_attr_swn_share_name, -nl-type: string}
    4: {id: cifs_genl_attr_swn_ip, -nl-type: binary, doc: "a struct sockaddr_storage"}
    5: {id: cifs_genl_attr_swn_net_name_notify, -nl-type: flag}
    6: {id: cifs_genl_attr_swn_share_name_notify, -nl-type: flag}
    7: {id: cifs_genl_attr_swn_ip_notify, -nl-type: flag}
    8: {id: cifs_genl_attr_swn_krb_auth, -nl-type: flag}
    9: {id: cifs_genl_attr_swn_user_name, -nl-type: string}
    10: {id: cifs_genl_attr_swn_password, -nl-type: string}
    11: {id: cifs_genl_attr_swn_domain_name, -nl-type: string}
    12: {id: cifs_genl_attr_swn_notification_type, -nl-type: u32, -nl-enum: cifs_swn_notification_type}
    13: {id: cifs_genl_attr_swn_resource_state, -nl-type: u32, -nl-enum: cifs_swn_resource_state}
    14: {id: cifs_genl_attr_swn_resource_name, -nl-type: string}
  cifs_genl_multicast_groups:
    0: cifs_genl_mcgrp_swn
  cifs_swn_notification_type:
    0x01: cifs_swn_notification_resource_change
    0x02: cifs_swn_notification_client_move
    0x03: cifs_swn_notification_share_move
    0x04: cifs_swn_notification_ip_change
  cifs_swn_resource_state:
    0x00: cifs_swn_resource_state_unknown
    0x01: cifs_swn_resource_state_available
    0xff: cifs_swn_resource_state_unavailable
