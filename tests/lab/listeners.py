#!/usr/bin/env python3
"""Open ports for the screenshot scripts: listens on each ADDRESS:PORT given, accepts
and closes every connection (after "SSH-2.0-OpenSSH_9.2p1" on port 22, so detection has
something to name), and exits by itself after --seconds (default 90). With --ready FILE,
it makes FILE once every port listens.

    tests/lab/listeners.py [--seconds N] [--ready FILE] 127.0.0.1:22 127.0.0.2:631 ...
"""
import socket
import sys
import threading
import time


def serve(address, port):
    s = socket.socket(socket.AF_INET6 if ":" in address else socket.AF_INET)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind((address, port))
    s.listen(64)
    banner = b"SSH-2.0-OpenSSH_9.2p1\r\n" if port == 22 else b""

    def loop():
        while True:
            c, _ = s.accept()
            try:
                if banner:
                    c.sendall(banner)
                    time.sleep(0.05)
            except OSError:
                pass
            c.close()

    threading.Thread(target=loop, daemon=True).start()


def main():
    args = sys.argv[1:]
    seconds = 90
    if args[:1] == ["--seconds"]:
        seconds = int(args[1])
        args = args[2:]
    ready = None
    if args[:1] == ["--ready"]:
        ready = args[1]
        args = args[2:]
    for spec in args:
        address, port = spec.rsplit(":", 1)
        serve(address, int(port))
    if ready:
        open(ready, "w").close()
    time.sleep(seconds)


if __name__ == "__main__":
    main()
