// Status and StatusOr: how every layer below the PJRT boundary reports errors.
// Codes follow the canonical numbering that PJRT_Error_Code also uses, so the
// boundary converts without a table.
#pragma once

#include <cassert>
#include <memory>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>

namespace metallib {

enum class StatusCode : int {
  kOk = 0,
  kCancelled = 1,
  kUnknown = 2,
  kInvalidArgument = 3,
  kDeadlineExceeded = 4,
  kNotFound = 5,
  kAlreadyExists = 6,
  kPermissionDenied = 7,
  kResourceExhausted = 8,
  kFailedPrecondition = 9,
  kAborted = 10,
  kOutOfRange = 11,
  kUnimplemented = 12,
  kInternal = 13,
  kUnavailable = 14,
  kDataLoss = 15,
  kUnauthenticated = 16,
};

const char* status_code_name(StatusCode code);

// An ok Status is one null pointer, so that the many Status and StatusOr
// values a reader passes up per op cost nothing to make, move or destroy;
// only an error allocates its code and message.
class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message)
      : error_(code == StatusCode::kOk
                   ? nullptr
                   : std::make_unique<Error>(Error{code, std::move(message)})) {}
  Status(const Status& other)
      : error_(other.error_ ? std::make_unique<Error>(*other.error_) : nullptr) {}
  Status& operator=(const Status& other) {
    if (this != &other)
      error_ = other.error_ ? std::make_unique<Error>(*other.error_) : nullptr;
    return *this;
  }
  Status(Status&&) noexcept = default;
  Status& operator=(Status&&) noexcept = default;

  static Status ok_status() { return Status(); }

  bool ok() const { return error_ == nullptr; }
  StatusCode code() const { return error_ ? error_->code : StatusCode::kOk; }
  const std::string& message() const { return error_ ? error_->message : empty_message(); }

  // "CODE_NAME: message", for logs and test failure output.
  std::string to_string() const;

 private:
  struct Error {
    StatusCode code;
    std::string message;
  };
  static const std::string& empty_message();

  std::unique_ptr<Error> error_;  // null when ok
};

inline Status ok_status() {
  return Status();
}
inline Status invalid_argument(std::string m) {
  return Status(StatusCode::kInvalidArgument, std::move(m));
}
inline Status unimplemented(std::string m) {
  return Status(StatusCode::kUnimplemented, std::move(m));
}
inline Status internal_error(std::string m) {
  return Status(StatusCode::kInternal, std::move(m));
}
inline Status failed_precondition(std::string m) {
  return Status(StatusCode::kFailedPrecondition, std::move(m));
}
inline Status resource_exhausted(std::string m) {
  return Status(StatusCode::kResourceExhausted, std::move(m));
}
inline Status not_found(std::string m) {
  return Status(StatusCode::kNotFound, std::move(m));
}

// Either a value or a non-ok Status. Reading value() of an error is a bug.
template <typename T>
class [[nodiscard]] StatusOr {
 public:
  // Implicit by design, from anything that converts to T. Built in place:
  // a parameter of type T would cost a second move of every returned
  // value, and decoders return large variants.
  template <typename U = T>
    requires(std::is_convertible_v<U&&, T> &&
             !std::is_same_v<std::remove_cvref_t<U>, StatusOr> &&
             !std::is_same_v<std::remove_cvref_t<U>, Status>)
  StatusOr(U&& value) : value_(std::in_place, std::forward<U>(value)) {}  // NOLINT
  // The value built in place from `args`.
  template <typename... Args>
  explicit StatusOr(std::in_place_t, Args&&... args)
      : value_(std::in_place, std::forward<Args>(args)...) {}
  StatusOr(Status status) : status_(std::move(status)) {  // NOLINT
    assert(!status_.ok() && "StatusOr built from an ok Status has no value");
    if (status_.ok()) status_ = internal_error("StatusOr given an ok Status");
  }

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }
  T& operator*() & { return *value_; }
  const T& operator*() const& { return *value_; }
  T value_or(T fallback) const& { return ok() ? *value_ : std::move(fallback); }

 private:
  Status status_;
  std::optional<T> value_;
};

}  // namespace metallib

// Returns early from the enclosing function when `expr` is an error.
#define METALLIB_RETURN_IF_ERROR(expr)                   \
  do {                                                   \
    ::metallib::Status metallib_status_ = (expr);        \
    if (!metallib_status_.ok()) return metallib_status_; \
  } while (0)

#define METALLIB_CONCAT_INNER(a, b) a##b
#define METALLIB_CONCAT(a, b) METALLIB_CONCAT_INNER(a, b)

// `METALLIB_ASSIGN_OR_RETURN(auto x, make_x());`
#define METALLIB_ASSIGN_OR_RETURN(lhs, expr) \
  METALLIB_ASSIGN_OR_RETURN_IMPL(METALLIB_CONCAT(metallib_or_, __LINE__), lhs, expr)
#define METALLIB_ASSIGN_OR_RETURN_IMPL(tmp, lhs, expr) \
  auto tmp = (expr);                                   \
  if (!tmp.ok()) return tmp.status();                  \
  lhs = std::move(tmp).value()
