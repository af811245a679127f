#include "serve/http_server.h"

#include <algorithm>
#include <atomic>
#include <boost/asio/dispatch.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/version.hpp>
#include <cctype>
#include <iostream>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <thread>

namespace maturity {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;

std::string HttpRequest::Header(const std::string& name) const {
  auto found = headers.find(name);
  return found == headers.end() ? std::string() : found->second;
}

namespace {

class Session;

/// What every connection shares: the handler, the limits, and the way to stop.
struct ServerState {
  ServerState(const HttpHandler& handler, HttpLimits limits) : handler(handler), limits(limits) {}
  const HttpHandler& handler;
  HttpLimits limits;
  std::atomic<bool> stopping{false};
  std::atomic<std::size_t> live{0};
  std::mutex sessions_mutex;
  std::set<std::weak_ptr<Session>, std::owner_less<std::weak_ptr<Session>>> sessions;
  /// Started on SIGTERM; cancelled (on its strand) when the last connection goes.
  std::optional<net::steady_timer> drain_timer;

  void ConnectionGone() {
    if (--live == 0 && stopping) {
      net::post(drain_timer->get_executor(), [this] { drain_timer->cancel(); });
    }
  }
};

HttpResponse PlainResponse(int status, const std::string& text) {
  HttpResponse response;
  response.status = status;
  response.content_type = "text/plain; charset=utf-8";
  response.body = text + "\n";
  return response;
}

class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(tcp::socket&& socket, ServerState& state) : stream_(std::move(socket)), state_(state) {
    ++state_.live;
    beast::error_code ec;
    auto endpoint = stream_.socket().remote_endpoint(ec);
    if (!ec) client_ = endpoint.address().to_string();
  }
  ~Session() { state_.ConnectionGone(); }

  void Start() {
    net::dispatch(stream_.get_executor(),
                  beast::bind_front_handler(&Session::Read, shared_from_this()));
  }

  /// On SIGTERM: a connection waiting for a request is closed now; one handling a request
  /// closes once its answer is written.
  void Stop() {
    net::post(stream_.get_executor(), [self = shared_from_this()] {
      if (!self->busy_) self->Close();
    });
  }

 private:
  void Read() {
    if (state_.stopping) return Close();
    parser_.emplace();
    parser_->body_limit(state_.limits.body_bytes);
    parser_->header_limit(static_cast<std::uint32_t>(state_.limits.header_bytes));
    stream_.expires_after(state_.limits.request_time);
    http::async_read(stream_, buffer_, *parser_,
                     beast::bind_front_handler(&Session::OnRead, shared_from_this()));
  }

  void OnRead(beast::error_code ec, std::size_t) {
    if (ec == http::error::body_limit) {
      return Answer(PlainResponse(413, "The request is too large."), 11, false);
    }
    if (ec == http::error::header_limit) {
      return Answer(PlainResponse(431, "The request's headers are too large."), 11, false);
    }
    if (ec == http::error::bad_method || ec == http::error::bad_target ||
        ec == http::error::bad_version || ec == http::error::bad_field ||
        ec == http::error::bad_value || ec == http::error::bad_content_length ||
        ec == http::error::bad_transfer_encoding || ec == http::error::bad_line_ending ||
        ec == http::error::bad_chunk || ec == http::error::bad_obs_fold) {
      return Answer(PlainResponse(400, "The request is malformed."), 11, false);
    }
    if (ec) return Close();  // Closed by the client, timed out, or stopped.
    busy_ = true;
    http::request<http::string_body> request = parser_->release();
    std::size_t fields = static_cast<std::size_t>(std::distance(request.begin(), request.end()));
    bool keep_alive = request.keep_alive();
    if (fields > state_.limits.header_count) {
      return Answer(PlainResponse(431, "The request has too many headers."), request.version(),
                    false);
    }
    HttpRequest plain;
    plain.method = std::string(request.method_string());
    plain.target = std::string(request.target());
    for (const auto& field : request) {
      std::string name(field.name_string());
      std::transform(name.begin(), name.end(), name.begin(),
                     [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
      std::string& value = plain.headers[name];
      if (!value.empty()) value += name == "cookie" ? "; " : ", ";
      value += std::string(field.value());
    }
    plain.body = std::move(request.body());
    plain.client = client_;
    HttpResponse response;
    try {
      response = state_.handler(plain);
    } catch (const std::exception& error) {
      std::cerr << "maturity serve: " << plain.method << " " << plain.target << ": "
                << error.what() << "\n";
      response = PlainResponse(500, "The server could not answer; nothing was changed.");
    }
    Answer(std::move(response), request.version(), keep_alive);
  }

  void Answer(HttpResponse answer, unsigned version, bool keep_alive) {
    busy_ = true;
    auto response = std::make_shared<http::response<http::string_body>>(
        static_cast<http::status>(answer.status), version);
    response->set(http::field::server, "maturity");
    response->set(http::field::content_type, answer.content_type);
    for (const auto& [name, value] : answer.headers) response->insert(name, value);
    response->body() = std::move(answer.body);
    response->keep_alive(keep_alive && !state_.stopping);
    response->prepare_payload();
    stream_.expires_after(state_.limits.request_time);
    http::async_write(stream_, *response,
                      [self = shared_from_this(), response](beast::error_code ec, std::size_t) {
                        self->busy_ = false;
                        if (ec || !response->keep_alive()) return self->Close();
                        self->Read();
                      });
  }

  void Close() {
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_both, ec);
    stream_.socket().close(ec);
  }

  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  std::optional<http::request_parser<http::string_body>> parser_;
  ServerState& state_;
  std::string client_;
  bool busy_ = false;
};

class Listener : public std::enable_shared_from_this<Listener> {
 public:
  Listener(net::io_context& io, const tcp::endpoint& endpoint, ServerState& state)
      : io_(io), acceptor_(net::make_strand(io)), state_(state) {
    acceptor_.open(endpoint.protocol());
    acceptor_.set_option(net::socket_base::reuse_address(true));
    acceptor_.bind(endpoint);
    acceptor_.listen(net::socket_base::max_listen_connections);
  }

  unsigned short port() const { return acceptor_.local_endpoint().port(); }

  void Accept() {
    acceptor_.async_accept(net::make_strand(io_),
                           beast::bind_front_handler(&Listener::OnAccept, shared_from_this()));
  }

  void Stop() {
    net::post(acceptor_.get_executor(), [self = shared_from_this()] {
      beast::error_code ec;
      self->acceptor_.close(ec);
    });
  }

 private:
  void OnAccept(beast::error_code ec, tcp::socket socket) {
    if (state_.stopping || ec == net::error::operation_aborted) return;
    if (!ec) {
      if (state_.live >= state_.limits.connections) {
        socket.close(ec);  // Full: the client may retry; those connected keep working.
      } else {
        auto session = std::make_shared<Session>(std::move(socket), state_);
        {
          std::lock_guard lock(state_.sessions_mutex);
          std::erase_if(state_.sessions, [](const auto& weak) { return weak.expired(); });
          state_.sessions.insert(session);
        }
        session->Start();
      }
    }
    Accept();
  }

  net::io_context& io_;
  tcp::acceptor acceptor_;
  ServerState& state_;
};

}  // namespace

void ServeHttp(const HttpServerOptions& options, const HttpHandler& handler,
               const std::function<void(unsigned short port)>& on_listening) {
  int threads = std::max(1, options.threads);
  net::io_context io(threads);
  ServerState state(handler, options.limits);
  beast::error_code ec;
  auto address = net::ip::make_address(options.address, ec);
  if (ec) throw std::runtime_error("--listen: '" + options.address + "' is not an IP address");
  std::shared_ptr<Listener> listener;
  try {
    listener = std::make_shared<Listener>(io, tcp::endpoint(address, options.port), state);
  } catch (const boost::system::system_error& error) {
    throw std::runtime_error("cannot listen on " + options.address + ":" +
                             std::to_string(options.port) + ": " + error.code().message());
  }

  // The signal and the drain timer share one strand, so that the timer is only touched there.
  auto control = net::make_strand(io);
  state.drain_timer.emplace(control);
  net::signal_set signals(control, SIGINT, SIGTERM);
  signals.async_wait([&](beast::error_code, int) {
    state.stopping = true;
    listener->Stop();
    state.drain_timer->expires_after(options.limits.drain_time);
    state.drain_timer->async_wait([&](beast::error_code wait) {
      if (!wait) io.stop();  // Requests still running after the drain time are cut off.
    });
    std::lock_guard lock(state.sessions_mutex);
    for (const auto& weak : state.sessions) {
      if (auto session = weak.lock()) session->Stop();
    }
    if (state.live == 0) state.drain_timer->cancel();
  });

  listener->Accept();
  on_listening(listener->port());  // Only now: a SIGTERM from here on stops cleanly.

  std::vector<std::thread> pool;
  for (int i = 1; i < threads; ++i) pool.emplace_back([&io] { io.run(); });
  io.run();
  for (std::thread& thread : pool) thread.join();
}

}  // namespace maturity
