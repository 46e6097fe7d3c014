/*
 * hello_client.c - unit 30, the tutorial "hello" exchange, one case per run:
 *   hello_client wholebuf   nlmsg_len = NLMSG_SPACE(MAX_PAYLOAD) and the whole buffer
 *                           is sent, while the string is 15 bytes (tutorial mistake)
 *   hello_client unpadded   nlmsg_len = NLMSG_LENGTH(15): 31, not a multiple of 4
 *   hello_client exact      nlmsg_len = NLMSG_LENGTH(strlen + 1), NUL included
 *   hello_client port100    bind(nl_pid = 100) instead of letting the kernel choose
 *   hello_client noread     sends and exits without reading the reply
 * The kernel answers every message with "hello from kernel" (seq 0, pid 0).
 */
#include "nltut.h"

#define NETLINK_TEST 30
#define MAX_PAYLOAD 1024

static const char user_text[] = "hello from user";   /* 15 bytes + NUL */

int main(int argc, char **argv)
{
	const char *c = argc > 1 ? argv[1] : "exact";
	unsigned int port = strcmp(c, "port100") == 0 ? 100 : 0, me;
	struct nlmsghdr *nlh;
	int fd, bytes;

	printf("CASE prog=hello_client case=%s\n", c);
	fd = open_nl(NETLINK_TEST, port, 0, &me);

	nlh = malloc(NLMSG_SPACE(MAX_PAYLOAD));
	memset(nlh, 0, NLMSG_SPACE(MAX_PAYLOAD));
	nlh->nlmsg_pid = me;      /* tutorials put their own port id here */
	nlh->nlmsg_flags = 0;
	nlh->nlmsg_type = 0;
	nlh->nlmsg_seq = 1;
	strcpy(NLMSG_DATA(nlh), user_text);
	if (strcmp(c, "wholebuf") == 0) {
		nlh->nlmsg_len = NLMSG_SPACE(MAX_PAYLOAD);
		bytes = NLMSG_SPACE(MAX_PAYLOAD);
	} else if (strcmp(c, "unpadded") == 0) {
		nlh->nlmsg_len = NLMSG_LENGTH(strlen(user_text));
		bytes = nlh->nlmsg_len;
	} else {
		nlh->nlmsg_len = NLMSG_LENGTH(strlen(user_text) + 1);
		bytes = nlh->nlmsg_len;
	}
	send_nl(fd, NETLINK_TEST, me, nlh, bytes);
	if (strcmp(c, "noread") == 0) {
		printf("NOTE case=noread exits without reading the reply\n");
		return 0;
	}
	memset(nlh, 0, NLMSG_SPACE(MAX_PAYLOAD));
	recv_nl(fd, NETLINK_TEST, me, nlh, NLMSG_SPACE(MAX_PAYLOAD));
	close(fd);
	return 0;
}
