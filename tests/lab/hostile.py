#!/usr/bin/env python3
"""Hostile services for the detection lab, on consecutive ports from BASE:
BASE endless data, BASE+1 one byte every 100 ms, BASE+2 binary garbage with
control and direction characters, BASE+3 an HTTP answer with 1 MB of headers.
Exits by itself after ten minutes."""
import os, socket, sys, threading, time

host, base = sys.argv[1], int(sys.argv[2])
deadline = time.time() + 600

def endless(c):
    chunk = b"A" * 65536
    while time.time() < deadline:
        c.sendall(chunk)

def drip(c):
    while time.time() < deadline:
        c.sendall(b"2")
        time.sleep(0.1)

def garbage(c):
    c.sendall(b"SSH-2.0-Evil\x1b[2J\xe2\x80\xae\x07_1.0 \x01\x02\xff\r\n" + os.urandom(2048))
    time.sleep(30)

def huge(c):
    c.recv(4096)
    c.sendall(b"HTTP/1.1 200 OK\r\nServer: Huge/1.0\r\n")
    for i in range(16384):
        c.sendall(b"X-Filler-%d: %s\r\n" % (i, b"y" * 48))
    c.sendall(b"\r\n")

def serve(port, handler):
    s = socket.socket()
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind((host, port))
    s.listen(64)
    while time.time() < deadline:
        c, _ = s.accept()
        def run(c=c):
            try:
                handler(c)
            except OSError:
                pass
            finally:
                c.close()
        threading.Thread(target=run, daemon=True).start()

for i, h in enumerate([endless, drip, garbage, huge]):
    threading.Thread(target=serve, args=(base + i, h), daemon=True).start()
while time.time() < deadline:
    time.sleep(1)
