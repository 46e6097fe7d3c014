/*
 * ack_client.c - unit 21, where the module uses netlink_rcv_skb():
 *   seq 1  type 0x10, 4-byte payload, NLM_F_ACK      -> ACK (error 0)
 *   seq 2  type 0x22 (unknown), NLM_F_ACK             -> error -EINVAL
 *   seq 3  type 0x10, 2-byte payload (short, unpadded) -> error -EINVAL (even without NLM_F_ACK)
 *   seq 4  type 0x10, 4-byte payload, no NLM_F_ACK    -> nothing
 *   seq 5  type 0x10, 4-byte payload, NLM_F_ACK       -> ACK (shows seq 4 got no answer)
 */
#include "nltut.h"

#define NETLINK_TEST 21

int main(void)
{
	struct {
		int seq, type, flags, plen, replies;
		const char *what;
	} c[] = {
		{ 1, 0x10, NLM_F_REQUEST | NLM_F_ACK, 4, 1, "valid request with NLM_F_ACK: ACK" },
		{ 2, 0x22, NLM_F_REQUEST | NLM_F_ACK, 4, 1, "unknown type: EINVAL" },
		{ 3, 0x10, NLM_F_REQUEST, 2, 1, "short payload, no NLM_F_ACK: EINVAL anyway" },
		{ 4, 0x10, NLM_F_REQUEST, 4, 0, "valid request without NLM_F_ACK: no answer" },
		{ 5, 0x10, NLM_F_REQUEST | NLM_F_ACK, 4, 1, "valid request with NLM_F_ACK: ACK" },
	};
	char buf[8192];
	unsigned int me;
	int fd = open_nl(NETLINK_TEST, 0, 0, &me);
	size_t i;

	for (i = 0; i < sizeof(c) / sizeof(c[0]); i++) {
		struct nlmsghdr *nlh = (void *)buf;
		int r;

		printf("CASE prog=ack_client seq=%d case=\"%s\"\n", c[i].seq, c[i].what);
		memset(buf, 0, sizeof(buf));
		nlh->nlmsg_len = NLMSG_LENGTH(c[i].plen);
		nlh->nlmsg_type = c[i].type;
		nlh->nlmsg_flags = c[i].flags;
		nlh->nlmsg_seq = c[i].seq;
		nlh->nlmsg_pid = me;
		memcpy(NLMSG_DATA(nlh), "ack?", c[i].plen);
		send_nl(fd, NETLINK_TEST, me, buf, nlh->nlmsg_len);
		for (r = 0; r < c[i].replies; r++)
			if (recv_nl(fd, NETLINK_TEST, me, buf, sizeof(buf)) < 0)
				break;
	}
	close(fd);
	return 0;
}
