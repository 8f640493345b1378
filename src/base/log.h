// Leveled logging to stderr. The level comes from MPS_LOG_LEVEL:
// 0 error, 1 warn (default), 2 info, 3 debug. Messages above the level cost
// one integer comparison and are never formatted.
#pragma once

#include <sstream>

namespace metallib::log {

enum class Level : int { kError = 0, kWarn = 1, kInfo = 2, kDebug = 3 };

// Current level; read from the environment once, on first use.
Level current_level();
// Overrides the level (used by client options and tests).
void set_level(Level level);
// Parses "0".."3" (or "error", "warn", "info", "debug"); false if invalid.
bool parse_level(const char* text, Level* out);

inline bool enabled(Level level) {
  return static_cast<int>(level) <= static_cast<int>(current_level());
}

// Collects one message and writes it, whole, when destroyed.
class Message {
 public:
  Message(Level level, const char* file, int line);
  ~Message();
  std::ostringstream& stream() { return stream_; }

 private:
  std::ostringstream stream_;
};

}  // namespace metallib::log

#define METALLIB_LOG(level)                                     \
  if (!::metallib::log::enabled(::metallib::log::Level::level)) \
    ;                                                           \
  else                                                          \
    ::metallib::log::Message(::metallib::log::Level::level, __FILE__, __LINE__).stream()
