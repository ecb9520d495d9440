"""Where the fetcher may connect: the fetch policy against server-side request forgery.

tracer fetches URLs it did not choose: item links in a feed (`--fetch-pages`), and every
redirect a server sends. Without a rule, a feed item or a 302 pointing at
`http://169.254.169.254/` (cloud metadata), `http://127.0.0.1:6379/` or a printer on the
office network makes tracer fetch from inside the user's network and put the answer in
its report (SSRF).

The rule: a URL the user typed is allowed wherever it points (the user chose it; tests
and local mirrors live on 127.0.0.1), and so is every URL on the same host and port
(ports 80 and 443 count as one, for the http -> https redirect).
Every other URL, found in content or reached by a redirect, must resolve only to public
addresses: loopback, private (RFC 1918, unique-local), link-local, multicast, shared
(CGNAT), unspecified and reserved addresses are refused, IPv4 and IPv6 alike, with
IPv4-mapped and NAT64/6to4-embedded IPv4 addresses judged by the IPv4 inside.
`allow_private=True` (`--allow-private`) lifts the rule. Only `trust()` makes a host
trusted: a caller that follows links it found in content (feed items today; page links
or canonical/isBasedOn targets if a command ever follows them) must not trust them.

Checking a host name before the request is not enough: a name can resolve to a public
address for the check and to 127.0.0.1 a second later for the connection (DNS
rebinding). So the check is made where the connection is opened: `PolicyBackend` wraps
httpcore's network backend, resolves the name itself, refuses forbidden addresses and
connects to the very address it checked. The URL-level check (`refusal`) only gives an
early, clear message for literal addresses and names like `localhost`.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpcore

_Backend = httpcore.AsyncNetworkBackend

_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_LOCAL_NAMES = ("localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback")


class PolicyRefusal(Exception):
    """A connection the fetch policy forbids: permanent, never retried."""


def address_problem(address: str) -> str | None:
    """Why connecting to this IP address is refused by default, or None when it is public."""
    try:
        ip: Any = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return f"{address!r} is not an IP address"
    if ip.version == 6:
        inner = ip.ipv4_mapped or (ip.sixtofour if ip.sixtofour is not None else None)
        if inner is None and ip in _NAT64:
            inner = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if inner is not None:
            problem = address_problem(str(inner))
            return f"{address} embeds {problem}" if problem else None
    for test, what in (("is_loopback", "a loopback"), ("is_link_local", "a link-local"),
                       ("is_multicast", "a multicast"), ("is_unspecified", "an unspecified"),
                       ("is_private", "a private"), ("is_reserved", "a reserved")):
        if getattr(ip, test):
            return f"{address} is {what} address"
    if not ip.is_global:
        return f"{address} is not a public address"
    return None


def _host_port(url: str) -> tuple[str, int] | None:
    try:
        parts = urlsplit(url)
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        return None
    host = (parts.hostname or "").rstrip(".").lower()
    return (host, port) if host else None


@dataclass
class FetchPolicy:
    """Which hosts the fetcher may reach. `trust()` the URLs the user typed.

    One policy is shared by a fetch session; `PolicyBackend` consults it on every
    connection. `allow_private` turns the address rule off entirely.
    """

    allow_private: bool = False
    trusted: set[tuple[str, int]] = field(default_factory=set)

    def trust(self, urls: Iterable[str]) -> None:
        """Hosts (and ports) the user named: reachable wherever they resolve."""
        for url in urls:
            hp = _host_port(url)
            if hp:
                self.trusted.add(hp)
                if hp[1] in (80, 443):  # its http -> https redirect stays on the host named
                    self.trusted.add((hp[0], 443 if hp[1] == 80 else 80))

    def is_trusted(self, host: str, port: int) -> bool:
        return self.allow_private or (host.rstrip(".").lower(), port) in self.trusted

    def refusal(self, url: str) -> str | None:
        """An early refusal for a URL whose host is a literal private address or a local name.

        Names are not resolved here (that happens, once, at connect time); this gives the
        clear message before robots.txt or rate limits are spent on the host.
        """
        hp = _host_port(url)
        if hp is None or self.is_trusted(*hp):
            return None
        host = hp[0]
        if host in _LOCAL_NAMES or host.endswith(".localhost"):
            return _message(url, f"{host} is a loopback name")
        try:
            ipaddress.ip_address(host.strip("[]"))
        except ValueError:
            return None
        problem = address_problem(host.strip("[]"))
        return _message(url, problem) if problem else None

    def check_addresses(self, host: str, port: int, addresses: list[str]) -> list[str]:
        """The addresses of `host` the fetcher may connect to; raises when there is none."""
        if self.is_trusted(host, port):
            return addresses
        allowed = [a for a in addresses if address_problem(a) is None]
        if not allowed:
            problem = address_problem(addresses[0]) if addresses else "no address"
            raise PolicyRefusal(_message(f"{host}:{port}", f"the name resolves only to refused addresses "
                                                            f"({problem})"))
        return allowed


def _message(what: str, why: str) -> str:
    return (f"refused to fetch {what}: {why} (a link found in content or a redirect may not reach "
            "a private network; pass --allow-private to allow it)")


class PolicyBackend(_Backend):
    """An httpcore network backend that resolves, checks and connects in one step.

    Wraps the default backend: `connect_tcp` resolves the host, drops the addresses the
    policy forbids, and connects to the first allowed address that answers. TLS still
    verifies the certificate for the host name (httpcore passes it to `start_tls`).
    """

    def __init__(self, policy: FetchPolicy, inner: Any = None):
        self.policy = policy
        self.inner = inner or httpcore.AutoBackend()

    async def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                          local_address: str | None = None, socket_options: Any = None) -> Any:
        if self.policy.allow_private:
            return await self.inner.connect_tcp(host, port, timeout=timeout, local_address=local_address,
                                                socket_options=socket_options)
        addresses = await _resolve(host, port, timeout)
        allowed = self.policy.check_addresses(host, port, addresses)
        error: Exception | None = None
        for addr in allowed:
            try:
                return await self.inner.connect_tcp(addr, port, timeout=timeout, local_address=local_address,
                                                    socket_options=socket_options)
            except Exception as exc:  # try the next address, as a resolver-driven connect would
                error = exc
        assert error is not None
        raise error

    async def connect_unix_socket(self, *args: Any, **kwargs: Any) -> Any:
        raise PolicyRefusal("refused to connect to a Unix socket")

    async def sleep(self, seconds: float) -> None:
        await self.inner.sleep(seconds)


async def _resolve(host: str, port: int, timeout: float | None) -> list[str]:
    literal = host.strip("[]")
    try:
        ipaddress.ip_address(literal.split("%", 1)[0])
        return [literal]
    except ValueError:
        pass
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(timeout):
            infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError, TimeoutError) as exc:
        raise httpcore.ConnectError(f"cannot resolve {host}: {exc}") from exc
    seen: list[str] = []
    for _family, _type, _proto, _name, sockaddr in infos:
        addr = str(sockaddr[0])
        if addr not in seen:
            seen.append(addr)
    return seen


__all__ = ["FetchPolicy", "PolicyBackend", "PolicyRefusal", "address_problem"]
