// The memory every op and value of a module lives in. A program of tens of
// thousands of ops would otherwise cost several heap allocations per op
// (the op, its results, its operand list) and as many frees when the module
// dies; the reader spent more time in malloc and free than in decoding.
//
// An Arena hands out memory from large chunks by bumping a pointer and frees
// it all at once when it dies (its chunks go to a small pool that the
// next arena draws from, see arena.cc). Objects with destructors made by make() are
// destroyed then, newest first. Nothing is freed earlier: an op that a pass
// drops stays allocated until its module dies, which bounds the waste by the
// number of ops ever made. Not thread-safe; one module is built by one thread.
#pragma once

#include <cstddef>
#include <memory>
#include <new>
#include <span>
#include <type_traits>
#include <utility>

namespace metallib::ir {

class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;
  ~Arena();

  // `bytes` of uninitialised memory aligned to `alignment` (a power of two
  // no larger than alignof(std::max_align_t)).
  void* allocate(size_t bytes, size_t alignment) {
    size_t at = (used_ + alignment - 1) & ~(alignment - 1);
    if (at + bytes > capacity_) return allocate_in_new_chunk(bytes);
    used_ = at + bytes;
    return chunk_ + at;
  }

  // Constructs a T that lives until the arena dies.
  template <typename T, typename... Args>
  T* make(Args&&... args) {
    if constexpr (std::is_trivially_destructible_v<T>) {
      return new (allocate(sizeof(T), alignof(T))) T(std::forward<Args>(args)...);
    } else {
      // The record that destroys the object sits just before it, linked to
      // the previous one: no separate list to grow.
      static_assert(alignof(T) <= alignof(Destructor));
      constexpr size_t kRecordBytes =
          (sizeof(Destructor) + alignof(T) - 1) / alignof(T) * alignof(T);
      auto* memory =
          static_cast<std::byte*>(allocate(kRecordBytes + sizeof(T), alignof(Destructor)));
      T* object = new (memory + kRecordBytes) T(std::forward<Args>(args)...);
      last_destructor_ = new (memory)
          Destructor{last_destructor_, object, [](void* p) { static_cast<T*>(p)->~T(); }};
      return object;
    }
  }

  // Constructs a T that the arena does not destroy: its owner calls the
  // destructor (an op destroys its results), which spares the arena a
  // record per object for the most numerous objects.
  template <typename T, typename... Args>
  T* make_owned(Args&&... args) {
    return new (allocate(sizeof(T), alignof(T))) T(std::forward<Args>(args)...);
  }

  // Destroys `object`, made by make_owned(), when the arena dies: for
  // objects that need their destructor only sometimes (an op once it has
  // regions), so that the others cost no record.
  template <typename T>
  void destroy_later(T* object) {
    last_destructor_ = make_owned<Destructor>(
        Destructor{last_destructor_, object, [](void* p) { static_cast<T*>(p)->~T(); }});
  }

  // `count` value-initialized elements of a trivially destructible type.
  template <typename T>
  std::span<T> make_array(size_t count) {
    static_assert(std::is_trivially_destructible_v<T>);
    if (count == 0) return {};
    T* data = static_cast<T*>(allocate(sizeof(T) * count, alignof(T)));
    std::uninitialized_value_construct_n(data, count);
    return {data, count};
  }

  // A copy of `values` (of a trivially destructible type) in the arena.
  template <typename T>
  std::span<T> copy(std::span<const T> values) {
    static_assert(std::is_trivially_destructible_v<T>);
    if (values.empty()) return {};
    T* data = static_cast<T*>(allocate(sizeof(T) * values.size(), alignof(T)));
    std::uninitialized_copy(values.begin(), values.end(), data);
    return {data, values.size()};
  }

  // The elements of `values` moved into an array in the arena (left
  // moved-from), destroyed when the arena dies. One record serves the whole
  // array: an op's attribute list costs no heap allocation of its own.
  template <typename T>
  std::span<T> move_array(std::span<T> values) {
    if (values.empty()) return {};
    struct ArrayRecord {
      Destructor destructor;
      size_t count;
    };
    static_assert(alignof(T) <= alignof(ArrayRecord));
    constexpr size_t kRecordBytes =
        (sizeof(ArrayRecord) + alignof(T) - 1) / alignof(T) * alignof(T);
    auto* memory = static_cast<std::byte*>(
        allocate(kRecordBytes + sizeof(T) * values.size(), alignof(ArrayRecord)));
    T* data = reinterpret_cast<T*>(memory + kRecordBytes);
    std::uninitialized_move(values.begin(), values.end(), data);
    auto* record = new (memory) ArrayRecord{
        Destructor{last_destructor_, memory,
                   [](void* p) {
                     auto* array = static_cast<ArrayRecord*>(p);
                     std::destroy_n(
                         reinterpret_cast<T*>(static_cast<std::byte*>(p) + kRecordBytes),
                         array->count);
                   }},
        values.size()};
    last_destructor_ = &record->destructor;
    return {data, values.size()};
  }

  // Bytes taken from the heap so far, for tests and diagnostics.
  size_t reserved_bytes() const { return reserved_; }
  // Bytes of dead arenas' chunks waiting in the pool for the next arena.
  static size_t pooled_bytes();

 private:
  struct Destructor {
    Destructor* previous;
    void* object;
    void (*destroy)(void*);
  };

  void* allocate_in_new_chunk(size_t bytes);

  // Each chunk starts with this record, linked to the chunk made before it,
  // so that the list of chunks costs no allocation of its own. Its size
  // (16 bytes) keeps what follows it aligned for any fundamental type.
  struct ChunkHeader {
    ChunkHeader* previous;
    size_t size;  // of the whole chunk, this record included
  };
  static_assert(sizeof(ChunkHeader) % alignof(std::max_align_t) == 0);
  ChunkHeader* last_chunk_ = nullptr;
  std::byte* chunk_ = nullptr;  // where the chunk being filled hands out memory
  size_t used_ = 0;
  size_t capacity_ = 0;  // of chunk_, its header left out
  size_t reserved_ = 0;
  Destructor* last_destructor_ = nullptr;  // of the newest object
};

}  // namespace metallib::ir
