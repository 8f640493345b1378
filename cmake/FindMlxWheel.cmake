# Locates MLX in the Python environment that builds us: `python -m mlx
# --cmake-dir` names the wheel's CMake package, which defines the target `mlx`.
if(NOT MLX_DIR)
  if(NOT Python_EXECUTABLE)
    find_package(Python COMPONENTS Interpreter REQUIRED)
  endif()
  execute_process(
    COMMAND "${Python_EXECUTABLE}" -m mlx --cmake-dir
    OUTPUT_VARIABLE _mlx_cmake_dir
    OUTPUT_STRIP_TRAILING_WHITESPACE
    RESULT_VARIABLE _mlx_result
    ERROR_VARIABLE _mlx_error)
  if(NOT _mlx_result EQUAL 0)
    message(FATAL_ERROR
      "Could not ask MLX for its CMake directory with "
      "'${Python_EXECUTABLE} -m mlx --cmake-dir': ${_mlx_error}\n"
      "Install it first: pip install 'mlx[cpu]' (Linux) or 'mlx' (macOS).")
  endif()
  set(MLX_DIR "${_mlx_cmake_dir}/share/cmake/MLX" CACHE PATH "MLX CMake package")
endif()
find_package(MLX CONFIG REQUIRED)
# The directory holding libmlx, for the build-tree RPATH.
get_filename_component(METALLIB_MLX_LIB_DIR "${MLX_LIBRARY}" DIRECTORY)
message(STATUS "MLX ${MLX_VERSION} from ${MLX_DIR}")
