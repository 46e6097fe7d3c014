# Two NETLINK_USERSOCK (2) sockets bound to port ids 100 and 200 send a string to each other.
import socket, struct
a = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, 2)
b = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, 2)
a.bind((100, 0))
b.bind((200, 0))
def msg(text, seq, pid):
    body = text.encode() + b"\0"
    n = 16 + len(body)
    return struct.pack("=IHHII", n, 0x10, 0x1, seq, pid) + body + b"\0" * (-n & 3)
a.sendto(msg("hello from 100", 1, 100), (200, 0))
print(b.recv(4096)[16:].split(b"\0")[0].decode())
b.sendto(msg("hello from 200", 2, 200), (100, 0))
print(a.recv(4096)[16:].split(b"\0")[0].decode())
