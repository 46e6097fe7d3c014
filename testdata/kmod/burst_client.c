/*
 * burst_client.c - unit 25: each request (seq 1..N, default 2) is answered by ten
 * messages "burst 1/10" .. "burst 10/10" carrying the request's seq.
 */
#include "nltut.h"

#define NETLINK_TEST 25
#define MAX_PAYLOAD 1024

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 2, seq, r;
	char buf[NLMSG_SPACE(MAX_PAYLOAD)];
	unsigned int me;
	int fd = open_nl(NETLINK_TEST, 0, 0, &me);

	for (seq = 1; seq <= n; seq++) {
		struct nlmsghdr *nlh = (void *)buf;
		char text[32];

		printf("CASE prog=burst_client seq=%d case=\"one request, ten replies\"\n", seq);
		snprintf(text, sizeof(text), "burst request %d", seq);
		memset(buf, 0, sizeof(buf));
		nlh->nlmsg_len = NLMSG_LENGTH(strlen(text) + 1);
		nlh->nlmsg_type = 0x10;
		nlh->nlmsg_flags = NLM_F_REQUEST;
		nlh->nlmsg_seq = seq;
		nlh->nlmsg_pid = me;
		strcpy(NLMSG_DATA(nlh), text);
		send_nl(fd, NETLINK_TEST, me, buf, nlh->nlmsg_len);
		for (r = 0; r < 10; r++)
			if (recv_nl(fd, NETLINK_TEST, me, buf, sizeof(buf)) < 0)
				break;
	}
	close(fd);
	return 0;
}
