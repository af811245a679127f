// The HTTP/1.1 server of `maturity serve`, on Boost.Beast: it accepts connections, reads
// requests within limits (size, header size, time: a slow or greedy client cannot hold
// it), passes each to a handler and writes the answer. It knows nothing of assessments;
// serve/web_app does. Boost.Beast stays inside http_server.cc.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace maturity {

struct HttpRequest {
  std::string method;  ///< GET, POST, ...
  std::string target;  ///< /form?d=2
  std::map<std::string, std::string> headers;  ///< Names in lower case.
  std::string body;
  std::string client;  ///< The peer's address, for rate limits.

  /// The header `name` (lower case), or "".
  std::string Header(const std::string& name) const;
};

struct HttpResponse {
  int status = 200;
  std::string content_type = "text/html; charset=utf-8";
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
};

using HttpHandler = std::function<HttpResponse(const HttpRequest&)>;

struct HttpLimits {
  std::size_t body_bytes = 1 << 20;    ///< A request body larger than this gets 413.
  std::size_t header_bytes = 16 << 10;  ///< The request line and headers together.
  std::size_t header_count = 100;
  std::size_t connections = 2048;  ///< Beyond this, new connections are closed at once.
  /// A request must arrive whole within this (a slow client is cut off), and an idle
  /// kept-alive connection is closed after it.
  std::chrono::seconds request_time{20};
  /// On SIGTERM, requests in flight get this long to finish.
  std::chrono::seconds drain_time{10};
};

struct HttpServerOptions {
  std::string address = "127.0.0.1";
  unsigned short port = 8080;  ///< 0: any free port (printed when listening).
  int threads = 2;
  HttpLimits limits;
};

/// Serves until SIGTERM or SIGINT, then stops accepting, lets requests in flight finish
/// and returns. `on_listening` is called with the port once connections are accepted.
/// Throws std::runtime_error when the address cannot be listened on.
void ServeHttp(const HttpServerOptions& options, const HttpHandler& handler,
               const std::function<void(unsigned short port)>& on_listening);

}  // namespace maturity
