// SPDX-License-Identifier: GPL-2.0
/*
 * nlscope_tut.c - a tutorial-style kernel module with its own netlink protocols,
 * written as the test fixture of nlscope (testdata/kmod/README.md).
 *
 *   unit 30  "hello":  any message -> one fixed text back to the sender, seq 0
 *                       (nlmsg_put(skb, 0, 0, 0, len, 0) as the tutorials do)
 *   unit 21  "ack":    netlink_rcv_skb(); type 0x10 with at least 4 payload bytes
 *                       is accepted (ACK if NLM_F_ACK), anything else -EINVAL
 *   unit 25  "burst":  one request -> 10 unicast replies (type 0x11, request's seq,
 *                       payload "burst N/10")
 *   unit 17  "ops":    struct ops_msg (examples/ops-protocol/src/main/ksy/ops.ksy);
 *   unit 2   (NETLINK_USERSOCK) the same "ops" service: nlmon only sees this one.
 *
 * The ops service: request type 16, reply type 17, payload
 *   struct ops_msg { __u32 magic; __u8 op; __u8 pad; __u16 len; __u8 data[]; }
 * in host byte order, magic 0x4f505331. op 1 ping -> data "pong", op 2 echo ->
 * the request's data, op 3 reset -> len 0 (and the reply counter restarts).
 * A bad magic, an unknown op, a short payload or a len beyond the payload is
 * answered with an error ACK -EINVAL (netlink_rcv_skb -> netlink_ack). The
 * reply goes to the sender on the request's seq with nlmsg_pid = sender's port
 * id, then an ACK if NLM_F_ACK was set; a copy of the reply is broadcast to
 * multicast group 1 of the same protocol.
 */
#include <linux/module.h>
#include <linux/kernel.h>
#include <linux/netlink.h>
#include <linux/string.h>
#include <net/sock.h>
#include <net/netlink.h>

#define NETLINK_TUT_OPS   17
#define NETLINK_TUT_ACK   21
#define NETLINK_TUT_BURST 25
#define NETLINK_TUT_HELLO 30

#define OPS_MAGIC 0x4f505331
#define OPS_REQUEST 16
#define OPS_REPLY 17
#define OPS_PING 1
#define OPS_ECHO 2
#define OPS_RESET 3
#define OPS_GROUP 1

#define ACK_TYPE_OK 0x10
#define BURST_REPLY_TYPE 0x11
#define BURST_COUNT 10

struct ops_msg {
	__u32 magic;
	__u8 op;
	__u8 pad;
	__u16 len;
	__u8 data[];
};

static struct sock *hello_sk, *ack_sk, *burst_sk, *ops_sk, *usersock_sk;
static atomic_t ops_count = ATOMIC_INIT(0);

static const char hello_text[] = "hello from kernel";

/* unit 30: the classic tutorial echo, seq 0 and pid 0 */
static void hello_rcv(struct sk_buff *skb)
{
	struct nlmsghdr *nlh = nlmsg_hdr(skb);
	u32 portid = NETLINK_CB(skb).portid;
	struct sk_buff *out;
	struct nlmsghdr *onlh;
	int len = sizeof(hello_text); /* with the NUL */

	if (skb->len < NLMSG_HDRLEN)
		return;
	pr_info("nlscope_tut: unit 30 got %u bytes (nlmsg_len %u) from port %u: %.*s\n",
		skb->len, nlh->nlmsg_len, portid,
		(int)min_t(u32, skb->len - NLMSG_HDRLEN, 64), (char *)nlmsg_data(nlh));
	out = nlmsg_new(len, GFP_KERNEL);
	if (!out)
		return;
	onlh = nlmsg_put(out, 0, 0, 0, len, 0);
	if (!onlh) {
		kfree_skb(out);
		return;
	}
	memcpy(nlmsg_data(onlh), hello_text, len);
	netlink_unicast(hello_sk, out, portid, MSG_DONTWAIT);
}

/* unit 21: netlink_rcv_skb does the ACKs and error ACKs */
static int ack_rcv_msg(struct sk_buff *skb, struct nlmsghdr *nlh,
		       struct netlink_ext_ack *extack)
{
	if (nlh->nlmsg_type != ACK_TYPE_OK) {
		NL_SET_ERR_MSG(extack, "nlscope_tut: unknown message type");
		return -EINVAL;
	}
	if (nlmsg_len(nlh) < 4) {
		NL_SET_ERR_MSG(extack, "nlscope_tut: payload shorter than 4 bytes");
		return -EINVAL;
	}
	return 0;
}

static void ack_rcv(struct sk_buff *skb)
{
	netlink_rcv_skb(skb, &ack_rcv_msg);
}

/* unit 25: ten replies to one request */
static void burst_rcv(struct sk_buff *skb)
{
	struct nlmsghdr *nlh = nlmsg_hdr(skb);
	u32 portid = NETLINK_CB(skb).portid;
	u32 seq;
	int i;

	if (skb->len < NLMSG_HDRLEN || nlh->nlmsg_len < NLMSG_HDRLEN)
		return;
	seq = nlh->nlmsg_seq;
	for (i = 1; i <= BURST_COUNT; i++) {
		char text[16];
		int len = scnprintf(text, sizeof(text), "burst %d/%d", i, BURST_COUNT) + 1;
		struct sk_buff *out = nlmsg_new(len, GFP_KERNEL);
		struct nlmsghdr *onlh;

		if (!out)
			return;
		onlh = nlmsg_put(out, portid, seq, BURST_REPLY_TYPE, len, 0);
		if (!onlh) {
			kfree_skb(out);
			return;
		}
		memcpy(nlmsg_data(onlh), text, len);
		netlink_unicast(burst_sk, out, portid, MSG_DONTWAIT);
	}
}

/* units 17 and 2: the ops service */
static int ops_rcv_msg_on(struct sock *sk, struct sk_buff *skb, struct nlmsghdr *nlh,
			  struct netlink_ext_ack *extack)
{
	u32 portid = NETLINK_CB(skb).portid;
	const struct ops_msg *req;
	struct ops_msg *rep;
	struct sk_buff *out, *copy;
	struct nlmsghdr *onlh;
	const void *data;
	u16 dlen;

	if (nlh->nlmsg_type != OPS_REQUEST) {
		NL_SET_ERR_MSG(extack, "ops: not a request");
		return -EINVAL;
	}
	if (nlmsg_len(nlh) < (int)sizeof(*req)) {
		NL_SET_ERR_MSG(extack, "ops: short request");
		return -EINVAL;
	}
	req = nlmsg_data(nlh);
	if (req->magic != OPS_MAGIC) {
		NL_SET_ERR_MSG(extack, "ops: bad magic");
		return -EINVAL;
	}
	if (req->len > nlmsg_len(nlh) - sizeof(*req)) {
		NL_SET_ERR_MSG(extack, "ops: len beyond the payload");
		return -EINVAL;
	}
	switch (req->op) {
	case OPS_PING:
		data = "pong";
		dlen = 4;
		break;
	case OPS_ECHO:
		data = req->data;
		dlen = req->len;
		break;
	case OPS_RESET:
		atomic_set(&ops_count, 0);
		data = NULL;
		dlen = 0;
		break;
	default:
		NL_SET_ERR_MSG(extack, "ops: unknown op");
		return -EINVAL;
	}
	atomic_inc(&ops_count);

	out = nlmsg_new(sizeof(*rep) + dlen, GFP_KERNEL);
	if (!out)
		return -ENOMEM;
	onlh = nlmsg_put(out, portid, nlh->nlmsg_seq, OPS_REPLY, sizeof(*rep) + dlen, 0);
	if (!onlh) {
		kfree_skb(out);
		return -EMSGSIZE;
	}
	rep = nlmsg_data(onlh);
	rep->magic = OPS_MAGIC;
	rep->op = req->op;
	rep->pad = 0;
	rep->len = dlen;
	if (dlen)
		memcpy(rep->data, data, dlen);

	/* the same reply for the listeners of group 1 (none: -ESRCH, ignored) */
	copy = skb_copy(out, GFP_KERNEL);
	netlink_unicast(sk, out, portid, MSG_DONTWAIT);
	if (copy)
		nlmsg_multicast(sk, copy, 0, OPS_GROUP, GFP_KERNEL);
	return 0;
}

static int ops_rcv_msg(struct sk_buff *skb, struct nlmsghdr *nlh, struct netlink_ext_ack *extack)
{
	return ops_rcv_msg_on(ops_sk, skb, nlh, extack);
}

static int usersock_rcv_msg(struct sk_buff *skb, struct nlmsghdr *nlh, struct netlink_ext_ack *extack)
{
	return ops_rcv_msg_on(usersock_sk, skb, nlh, extack);
}

static void ops_rcv(struct sk_buff *skb)
{
	netlink_rcv_skb(skb, &ops_rcv_msg);
}

static void usersock_rcv(struct sk_buff *skb)
{
	netlink_rcv_skb(skb, &usersock_rcv_msg);
}

static struct sock *create(int unit, void (*input)(struct sk_buff *), unsigned int groups)
{
	struct netlink_kernel_cfg cfg = {
		.input = input,
		.groups = groups,
	};
	struct sock *sk = netlink_kernel_create(&init_net, unit, &cfg);

	if (sk)
		pr_info("nlscope_tut: kernel socket on netlink unit %d\n", unit);
	else
		pr_err("nlscope_tut: netlink_kernel_create(unit %d) failed\n", unit);
	return sk;
}

static void release_all(void)
{
	struct sock **s[] = { &hello_sk, &ack_sk, &burst_sk, &ops_sk, &usersock_sk };
	int i;

	for (i = 0; i < ARRAY_SIZE(s); i++) {
		if (*s[i])
			netlink_kernel_release(*s[i]);
		*s[i] = NULL;
	}
}

static int __init nlscope_tut_init(void)
{
	hello_sk = create(NETLINK_TUT_HELLO, hello_rcv, 0);
	ack_sk = create(NETLINK_TUT_ACK, ack_rcv, 0);
	burst_sk = create(NETLINK_TUT_BURST, burst_rcv, 0);
	ops_sk = create(NETLINK_TUT_OPS, ops_rcv, 1);
	usersock_sk = create(NETLINK_USERSOCK, usersock_rcv, 1);
	if (!hello_sk || !ack_sk || !burst_sk || !ops_sk || !usersock_sk) {
		release_all();
		return -ENOMEM;
	}
	return 0;
}

static void __exit nlscope_tut_exit(void)
{
	release_all();
	pr_info("nlscope_tut: unloaded\n");
}

module_init(nlscope_tut_init);
module_exit(nlscope_tut_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("nlscope test fixture: tutorial-style netlink protocols 17, 21, 25, 30 and 2");
