"""The body of Runbench's run wrapper (entry point: runbench_run.py beside this file).

Runs one MLRun-style task in this Python process. The task names the user's code and
either a handler to call ("handler" mode) or arguments to run the file as ``__main__`` with
("script" mode). The user's code gets an execution context with MLRun's MLClientCtx API,
also through ``mlrun.get_or_create_ctx()`` when the real mlrun package is not installed.

What the run does reaches Runbench as events: single lines ``@@runbench@@ {json}`` on
stdout (see models/run/runevent.h). Every other line is the user's log, left untouched.
The last line is always the ``end`` event; the exit code is 0 (completed), 1 (error) or
143 (aborted by SIGTERM).

Only the standard library is used, and only os, sys and time are imported up front: a
trivial run must start nearly as fast as Python itself. That is also why JSON and signals
go through their C modules (_json, _signal): ``import json`` and ``import signal`` pull in
re and enum, several milliseconds on a small machine.
"""

import os
import sys
import time

MARKER = "@@runbench@@ "
EXIT_CODES = {"completed": 0, "error": 1, "aborted": 143}
TRACEBACK_LINES = 10
CO_VARKEYWORDS = 0x08  # the flag of code objects whose function takes **kwargs

ENTRY_FILE = os.path.abspath(sys.argv[0])  # runbench_run.py, whose frames tracebacks skip

_context = None  # the run's MLClientCtx, once the task is read
_finishing = False  # set when the run is being wrapped up: signals no longer interrupt it
_abort_requested = False


class RunError(Exception):
    """A problem with the task or the user's code, told in one sentence."""


class ImportFailed(Exception):
    """Importing the user's code raised; ``error`` is what it raised."""

    def __init__(self, file_name, error):
        super().__init__(file_name)
        self.file_name = file_name
        self.error = error


class Aborted(BaseException):
    """SIGTERM arrived: the run stops and ends as aborted."""


class TimedOut(BaseException):
    """The task's timeout passed before the user's code finished."""

    def __init__(self, seconds):
        super().__init__(seconds)
        self.seconds = seconds

    def __str__(self):
        return f"the code was stopped after {seconds_text(self.seconds)}"


# --- JSON and signals through their C modules ---------------------------------------------


def not_serializable(value):
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def json_codec():
    """(loads, dumps): compact, strict JSON as the json module writes and reads it."""
    try:
        import _json
    except ImportError:
        import json

        return json.loads, lambda value: json.dumps(value, separators=(",", ":"),
                                                    allow_nan=False)

    class Options:  # what the C scanner reads from a json.JSONDecoder
        strict = True
        object_hook = object_pairs_hook = None
        parse_float, parse_int = float, int
        parse_constant = {"-Infinity": -float("inf"), "Infinity": float("inf"),
                          "NaN": float("nan")}.__getitem__

    scan = _json.make_scanner(Options())
    encode = _json.make_encoder(None, not_serializable, _json.encode_basestring_ascii, None,
                                ":", ",", False, False, False)
    blank = " \t\n\r"

    def loads(text):
        try:
            value, end = scan(text, len(text) - len(text.lstrip(blank)))
            if not text[end:].strip(blank):
                return value
        except Exception:  # noqa: BLE001 - the json module below tells what is wrong
            pass
        import json

        return json.loads(text)

    return loads, lambda value: "".join(encode(value, 0))


json_loads, json_dumps = json_codec()


def signals():
    try:
        import _signal as module
    except ImportError:
        import signal as module
    return module


# --- Output -------------------------------------------------------------------------------


class LineTracker:
    """Wraps sys.stdout or sys.stderr to know whether the shared capture file is at a line
    start, so that an event never lands in the middle of a user's line."""

    at_line_start = True  # shared by stdout and stderr: both go to one file

    def __init__(self, stream):
        self._stream = stream

    def write(self, text):
        if text:
            LineTracker.at_line_start = text[-1] == "\n"
        return self._stream.write(text)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def __getattr__(self, name):
        return getattr(self._stream, name)


def emit(event, **fields):
    """Writes one event line with a single write, after whatever the user wrote so far."""
    fields = {"event": event, **fields}
    line = MARKER + json_dumps(fields) + "\n"
    for stream in (sys.__stdout__, sys.__stderr__):
        if stream is not None and not stream.closed:
            stream.flush()
    if not LineTracker.at_line_start:
        line = "\n" + line
    data = memoryview(line.encode())
    while data:
        data = data[os.write(1, data) :]
    LineTracker.at_line_start = True


def plain(value):
    """The JSON value MLRun records for a result: numpy values become Python numbers,
    containers are converted recursively and anything else becomes its str()."""
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return value if value - value == 0 else str(value)  # NaN and infinities are not JSON
    if isinstance(value, dict):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [plain(item) for item in value]
    if isinstance(value, (bytes, bytearray)):
        return str(value)
    if callable(getattr(value, "tolist", None)):  # numpy arrays and scalars
        return plain(value.tolist())
    if hasattr(value, "__index__"):
        return int(value)
    try:
        return plain(float(value))
    except (TypeError, ValueError):
        return str(value)


# --- The execution context ----------------------------------------------------------------


class Logger:
    """context.logger: plain readable lines on stdout, in MLRun's layout."""

    def _log(self, level, message, fields):
        now = time.time()
        stamp = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(now))
        line = f"> {stamp},{int(now % 1 * 1000):03d} [{level}] {message}"
        if fields:
            line += f": {fields}"
        sys.stdout.write(line + "\n")

    def debug(self, message, **fields):
        self._log("debug", message, fields)

    def info(self, message, **fields):
        self._log("info", message, fields)

    def warning(self, message, **fields):
        self._log("warning", message, fields)

    warn = warning

    def error(self, message, **fields):
        self._log("error", message, fields)


class DataItem:
    """An input of the run (mlrun.datastore.DataItem) backed by a local file."""

    def __init__(self, key, url):
        self.key = key
        self.url = url
        self._path = os.path.abspath(url[len("file://") :] if url.startswith("file://") else url)

    def local(self):
        return self._path

    def get(self, size=None, offset=0, encoding=None):
        with open(self._path, "rb") as file:
            file.seek(offset)
            data = file.read(-1 if size is None else size)
        return data.decode(encoding) if encoding else data

    def open(self, mode="rb"):
        return open(self._path, mode)

    def as_df(self, **kwargs):
        try:
            import pandas
        except ImportError:
            raise ImportError(
                f"DataItem.as_df() needs pandas, which {sys.executable} cannot import."
            ) from None
        readers = {".csv": pandas.read_csv, ".json": pandas.read_json,
                   ".parquet": pandas.read_parquet, ".pq": pandas.read_parquet}
        reader = readers.get(os.path.splitext(self._path)[1].lower())
        if reader is None:
            raise ValueError(f"as_df() reads {', '.join(readers)} files, not {self._path}.")
        return reader(self._path, **kwargs)

    def __repr__(self):
        return f"DataItem({self.key!r}, {self.url!r})"


class Artifact:
    """What log_artifact returns: the artifact's key, kind and stored file."""

    def __init__(self, key, kind, target_path, size, digest):
        self.key = key
        self.kind = kind
        self.target_path = target_path
        self.size = size
        self.hash = digest

    def get_target_path(self):
        return self.target_path

    def __repr__(self):
        return f"Artifact({self.key!r}, {self.target_path!r})"


class MLClientCtx:
    """The execution context of one run, with the MLClientCtx calls users write."""

    def __init__(self, task, inputs):
        self.uid = task["uid"]
        self.iteration = task["iteration"]
        self.project = task["project"]
        self.name = task["name"]
        self.parameters = dict(task["parameters"])
        self.labels = {str(key): str(value) for key, value in task["labels"].items()}
        self.artifact_path = task["artifact_path"]
        self.inputs = inputs
        self.results = {}
        self.logger = Logger()

    def get_param(self, key, default=None):
        if key not in self.parameters:
            self.parameters[key] = default
        return self.parameters[key]

    def get_input(self, key, url=""):
        if url:
            return DataItem(key, url)
        if key not in self.inputs:
            known = ", ".join(self.inputs) or "none"
            raise KeyError(f"The run has no input '{key}' (its inputs: {known}).")
        return self.inputs[key]

    def log_result(self, key, value, commit=False):
        key = str(key)
        self.results[key] = plain(value)
        emit("result", key=key, value=self.results[key])

    def log_results(self, results, commit=False):
        if not isinstance(results, dict):
            raise TypeError("Results must be in the form of dict")
        for key, value in results.items():
            self.log_result(key, value)

    def set_label(self, key, value, replace=True):
        key = str(key)
        if replace or key not in self.labels:
            self.labels[key] = str(value)
            emit("label", key=key, value=self.labels[key])

    def log_artifact(self, item, body=None, local_path=None, artifact_path=None, format=None,
                     **kwargs):
        key = item if isinstance(item, str) else getattr(item, "key", str(item))
        return self._store_artifact(key, body, local_path, artifact_path, format, "file")

    def log_model(self, key, body=None, model_file=None, artifact_path=None, **kwargs):
        return self._store_artifact(key, body, model_file, artifact_path, None, "model")

    def commit(self, message="", completed=False):
        """Results are reported as they are logged; there is nothing left to push."""

    def _store_artifact(self, key, body, local_path, artifact_path, file_format, kind):
        if not key or "/" in key or key in (".", ".."):
            raise ValueError(f"The artifact key {key!r} must be a plain name without '/'.")
        folder = os.path.abspath(artifact_path or self.artifact_path)
        os.makedirs(folder, exist_ok=True)
        suffix = artifact_suffix(key, local_path, file_format)
        if body is not None:
            target = os.path.join(folder, key + suffix)
            write_body(key, body, target)
        elif local_path is None:
            raise ValueError(f"log_artifact('{key}') needs a body or a local_path.")
        else:
            target = copy_into(key, os.path.abspath(local_path), folder, key + suffix)
        size, digest = os.path.getsize(target), sha1_of(target)
        emit("artifact", key=key, path=target, kind=kind, size=size, hash=digest)
        return Artifact(key, kind, target, size, digest)


def artifact_suffix(key, local_path, file_format):
    """The extension of an artifact's file: from the format, else from the local file."""
    if file_format:
        suffix = "." + file_format.lstrip(".")
    elif local_path:
        suffix = os.path.splitext(str(local_path))[1]
    else:
        suffix = ""
    return "" if key.endswith(suffix) else suffix


def write_body(key, body, target):
    if isinstance(body, str):
        body = body.encode()
    if not isinstance(body, (bytes, bytearray, memoryview)):
        raise TypeError(
            f"log_artifact('{key}'): the body must be str or bytes, not {type(body).__name__}."
        )
    with open(target, "wb") as file:
        file.write(body)


def copy_into(key, source, folder, name):
    """The artifact file for an existing local file: itself when it already lies inside the
    artifact folder, else a copy there."""
    if not os.path.isfile(source):
        raise FileNotFoundError(f"log_artifact('{key}'): the local_path {source} is not a file.")
    real_folder = os.path.realpath(folder)
    if os.path.commonpath([os.path.realpath(source), real_folder]) == real_folder:
        return source
    import shutil

    target = os.path.join(folder, name)
    shutil.copyfile(source, target)
    return target


def sha1_of(path):
    import hashlib

    digest = hashlib.sha1()
    with open(path, "rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def get_or_create_ctx(name="", *args, **kwargs):
    """mlrun.get_or_create_ctx: always the context of this run."""
    return _context


# --- import mlrun -------------------------------------------------------------------------


class MlrunFinder:
    """Serves ``import mlrun``: the real package with get_or_create_ctx returning this run's
    context when it is installed, else a small stand-in module."""

    def find_spec(self, name, path=None, target=None):
        if name != "mlrun":
            return None
        for finder in sys.meta_path:
            if finder is not self and hasattr(finder, "find_spec"):
                spec = finder.find_spec(name, path, target)
                if spec is not None:
                    spec.loader = PatchingLoader(spec.loader)
                    return spec
        import importlib.util

        return importlib.util.spec_from_loader(name, ShimLoader(), is_package=True)


class PatchingLoader:
    """Loads the real mlrun, then points its get_or_create_ctx at this run's context."""

    def __init__(self, loader):
        self._loader = loader

    def create_module(self, spec):
        return self._loader.create_module(spec)

    def exec_module(self, module):
        self._loader.exec_module(module)
        for patched in (module, sys.modules.get("mlrun.run")):
            if patched is not None:
                patched.get_or_create_ctx = get_or_create_ctx

    def __getattr__(self, name):
        return getattr(self._loader, name)


class ShimLoader:
    """Builds the stand-in mlrun package with its execution and datastore submodules."""

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        module.get_or_create_ctx = get_or_create_ctx
        module.MLClientCtx = MLClientCtx
        module.DataItem = DataItem
        for name, attribute in (("execution", MLClientCtx), ("datastore", DataItem)):
            submodule = type(sys)(f"mlrun.{name}")
            setattr(submodule, attribute.__name__, attribute)
            sys.modules[submodule.__name__] = submodule
            setattr(module, name, submodule)


# --- The task -----------------------------------------------------------------------------

# key: (accepted types, value when missing or null); ... marks a required key.
TASK_FIELDS = {
    "uid": (str, ""),
    "iteration": (int, 0),
    "project": (str, "default"),
    "name": (str, ""),
    "mode": (str, "handler"),
    "code_path": (str, ...),
    "handler": (str, None),
    "args": (list, []),
    "parameters": (dict, {}),
    "inputs": (dict, {}),
    "labels": (dict, {}),
    "artifact_path": (str, ...),
    "stop_condition": (str, None),
    "timeout": ((int, float), None),
    "workdir": (str, None),
}


def load_task(argv):
    if len(argv) != 2:
        raise RunError("Usage: runbench_run.py /abs/path/task.json (one task file).")
    path = os.path.abspath(argv[1])
    try:
        with open(path, encoding="utf-8") as file:
            task = json_loads(file.read())
    except OSError as error:
        raise RunError(f"The task file {path} cannot be read: {error.strerror}.") from None
    except ValueError as error:
        raise RunError(f"The task file {path} is not valid JSON: {error}.") from None
    if not isinstance(task, dict):
        raise RunError(f"The task file {path} does not hold a JSON object.")
    for key, (types, default) in TASK_FIELDS.items():
        value = task.get(key)
        if value is None and default is ...:
            raise RunError(f"The task file {path} has no '{key}'.")
        if value is None:
            task[key] = default
        elif isinstance(value, bool) or not isinstance(value, types):
            raise RunError(f"The task file {path} has a bad '{key}': {value!r}.")
    return check_task(task, path)


def check_task(task, path):
    """The task with its values checked and its paths made absolute."""
    if task["mode"] not in ("handler", "script"):
        raise RunError(f"The task mode '{task['mode']}' is neither 'handler' nor 'script'.")
    if task["mode"] == "handler" and not task["handler"]:
        raise RunError("The task runs a handler but does not name one.")
    if task["timeout"] is not None and task["timeout"] <= 0:
        raise RunError(f"The task timeout must be a positive number, not {task['timeout']}.")
    for key, url in task["inputs"].items():
        if not isinstance(url, str):
            raise RunError(f"Input '{key}' must be a path, not {url!r}.")
    folder = os.path.dirname(path)
    for key in ("code_path", "artifact_path", "workdir"):
        if task[key] is not None:
            task[key] = os.path.join(folder, task[key])
    if not task["name"]:
        task["name"] = os.path.splitext(os.path.basename(task["code_path"]))[0]
    return task


def prepare(task):
    """Checks the code, folders and inputs, enters the working directory and creates the
    context: everything the user's code expects before it runs."""
    global _context
    code_path = task["code_path"]
    if not os.path.isfile(code_path):
        raise RunError(f"The code file {code_path} does not exist.")
    workdir = task["workdir"] or os.path.dirname(code_path)
    try:
        os.chdir(workdir)
    except OSError as error:
        raise RunError(
            f"The working directory {workdir} cannot be entered: {error.strerror}."
        ) from None
    try:
        os.makedirs(task["artifact_path"], exist_ok=True)
    except OSError as error:
        raise RunError(
            f"The artifact path {task['artifact_path']} cannot be created: {error.strerror}."
        ) from None
    inputs = checked_inputs(task["inputs"])
    runner_folder = os.path.dirname(os.path.realpath(__file__))
    if sys.path and os.path.realpath(sys.path[0] or ".") == runner_folder:
        del sys.path[0]
    sys.path.insert(0, os.path.dirname(code_path))
    sys.argv = [code_path] + [str(arg) for arg in task["args"]]
    sys.meta_path.insert(0, MlrunFinder())
    _context = MLClientCtx(task, inputs)
    return _context


def checked_inputs(urls):
    """The inputs as DataItems, once every one of them is known to exist."""
    inputs = {key: DataItem(key, url) for key, url in urls.items()}
    for key, item in inputs.items():
        if "://" in item.url and not item.url.startswith("file://"):
            raise RunError(f"Input '{key}' is the URL {item.url}; runs read local files only.")
        if not os.path.exists(item.local()):
            raise RunError(f"Input '{key}' points to {item.local()}, which does not exist.")
    return inputs


# --- Running the user's code --------------------------------------------------------------


def load_module(path):
    """Imports the user's file as a module named after it."""
    with open(path, "rb") as file:
        code = compile(file.read(), path, "exec")
    name = os.path.splitext(os.path.basename(path))[0]
    module = type(sys)(name)
    module.__file__ = path
    sys.modules[name] = module
    try:
        exec(code, module.__dict__)
    except SyntaxError:
        raise
    except Exception as error:
        raise ImportFailed(os.path.basename(path), error) from error
    return module


def find_handler(module, name, file_name):
    handler = getattr(module, name, None)
    if handler is None:
        defined = [key for key, value in vars(module).items()
                   if hasattr(value, "__code__") and not key.startswith("_")
                   and getattr(value, "__module__", None) == module.__name__]
        listing = "it defines: " + ", ".join(defined) if defined else "it defines no functions"
        raise RunError(f"The handler '{name}' is not defined in {file_name}; {listing}.")
    if not hasattr(signature_target(handler), "__code__"):
        raise RunError(f"The handler '{name}' in {file_name} is not a function.")
    return handler


def signature_target(func):
    """The function whose code describes the parameters (decorators set __wrapped__)."""
    while hasattr(func, "__wrapped__"):
        func = func.__wrapped__
    return func


def handler_arguments(handler, name, context, parameters):
    """(args, kwargs) for the handler, matched by parameter name as MLRun does."""
    func = signature_target(handler)
    code = func.__code__
    names = code.co_varnames[: code.co_argcount + code.co_kwonlyargcount]
    positional_defaults = func.__defaults__ or ()
    first_default = code.co_argcount - len(positional_defaults)
    defaults = dict(zip(names[first_default : code.co_argcount], positional_defaults))
    defaults.update(func.__kwdefaults__ or {})
    annotations = getattr(func, "__annotations__", {})
    values = {}
    for index, param in enumerate(names):
        annotation = annotations.get(param)
        if param == "context" or (index == 0 and param == "ctx") or is_context_type(annotation):
            values[param] = context
        elif param in parameters:
            values[param] = converted(param, parameters[param], annotation)
        elif param in context.inputs:
            values[param] = input_argument(context.inputs[param], annotation, defaults.get(param))
        elif param not in defaults:
            raise RunError(
                f"The handler '{name}' needs parameter '{param}', which the task does not set."
            )
    if code.co_flags & CO_VARKEYWORDS:
        for key, value in {**parameters, **context.inputs}.items():
            values.setdefault(key, value)
    args = []
    for param in names[: code.co_posonlyargcount]:
        if param not in values:
            break
        args.append(values.pop(param))
    return args, values


def is_context_type(annotation):
    if isinstance(annotation, str):
        return annotation.endswith("MLClientCtx")
    return getattr(annotation, "__name__", None) == "MLClientCtx"


def input_argument(item, annotation, default):
    """An input as MLRun passes it: its local path for a str parameter, else the DataItem."""
    if annotation in (str, "str") or annotation is None and isinstance(default, str):
        return item.local()
    return item


def to_int(value):
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        return int(value.strip())
    raise ValueError(value)


def to_float(value):
    if isinstance(value, (int, str)) and not isinstance(value, bool):
        return float(value)
    raise ValueError(value)


def to_bool(value):
    words = {"true": True, "yes": True, "on": True, "1": True,
             "false": False, "no": False, "off": False, "0": False}
    if isinstance(value, str) and value.strip().lower() in words:
        return words[value.strip().lower()]
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    raise ValueError(value)


def to_str(value):
    if isinstance(value, (int, float)):
        return str(value)
    raise ValueError(value)


def to_list(value):
    loaded = json_loads(value) if isinstance(value, str) else value
    if isinstance(loaded, (list, tuple)):
        return list(loaded)
    raise ValueError(value)


def to_dict(value):
    loaded = json_loads(value) if isinstance(value, str) else None
    if isinstance(loaded, dict):
        return loaded
    raise ValueError(value)


CONVERTERS = {int: to_int, float: to_float, bool: to_bool, str: to_str, list: to_list,
              dict: to_dict}


def converted(name, value, annotation):
    """The parameter's value as its builtin annotation asks, when it converts cleanly."""
    kind = next((t for t in CONVERTERS if annotation is t or annotation == t.__name__), None)
    if kind is None or value is None or isinstance(value, kind):
        return value
    try:
        return CONVERTERS[kind](value)
    except (ValueError, TypeError):
        raise RunError(f"Parameter '{name}' must be {kind.__name__}, got {value!r}.") from None


def run_handler(task, context):
    code_path = task["code_path"]
    file_name = os.path.basename(code_path)
    module = load_module(code_path)
    handler = find_handler(module, task["handler"], file_name)
    args, kwargs = handler_arguments(handler, task["handler"], context, task["parameters"])
    returned = handler(*args, **kwargs)
    try:
        truthy = bool(returned)
    except Exception:  # noqa: BLE001 - e.g. arrays have no truth value; they are values
        truthy = True
    if truthy and isinstance(returned, dict):
        context.log_results(returned)
    elif truthy:
        context.log_result("return", returned)


def run_script(task):
    import runpy

    runpy.run_path(task["code_path"], run_name="__main__")


def run_user_code(task, context):
    """Runs the handler or script under the task's timeout; sys.exit(0) ends it normally."""
    if task["timeout"] is not None:
        set_timer(task["timeout"])
    try:
        if task["mode"] == "handler":
            run_handler(task, context)
        else:
            run_script(task)
    except SystemExit as exit_request:
        if exit_request.code not in (None, 0):
            raise
    finally:
        if task["timeout"] is not None:
            set_timer(0)


def check_stop_condition(condition, context):
    try:
        met = bool(eval(condition, {}, dict(context.results)))
    except Exception as error:  # noqa: BLE001 - any failure of the expression fails the run
        raise RunError(f"The stop condition '{condition}' failed: {error}.") from None
    emit("stop_condition", met=met)


# --- Signals ------------------------------------------------------------------------------


def on_sigterm(signum, frame):
    global _abort_requested, _finishing
    _abort_requested = True
    if not _finishing:
        _finishing = True
        raise Aborted()


def set_timer(seconds):
    signal = signals()
    if seconds:
        def on_alarm(signum, frame):
            if not _finishing:
                raise TimedOut(seconds)

        signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)


# --- Reporting ----------------------------------------------------------------------------


def describe(error, mode):
    """One clear sentence about what went wrong."""
    if isinstance(error, RunError):
        return str(error)
    if isinstance(error, TimedOut):
        what = "handler" if mode == "handler" else "script"
        return f"The {what} did not finish within {seconds_text(error.seconds)} (timeout)."
    if isinstance(error, SyntaxError):
        file_name = os.path.basename(error.filename or "the code")
        return f"{file_name} line {error.lineno}: {error.msg.rstrip('.')}."
    if isinstance(error, ImportFailed):
        cause = error.error
        text = str(cause) if isinstance(cause, ImportError) else exception_text(cause)
        return f"Importing {error.file_name} failed: {text.rstrip('.')}."
    if isinstance(error, SystemExit):
        if isinstance(error.code, int):
            return f"The code exited with status {error.code}."
        return f"The code exited: {error.code}"
    if isinstance(error, KeyboardInterrupt):
        return "The run was interrupted (SIGINT)."
    return exception_text(error)


def seconds_text(seconds):
    return "1 second" if seconds == 1 else f"{seconds:g} seconds"


def exception_text(error):
    text = " ".join(str(error).split())
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def traceback_lines(error):
    """The traceback of the user's code, without the wrapper's frames."""
    if isinstance(error, RunError):
        return []
    if isinstance(error, ImportFailed):
        error = error.error
    import traceback

    frames = users_frames(error.__traceback__)
    return "".join(traceback.format_exception(type(error), error, frames)).splitlines()


def users_frames(frames):
    """The traceback chain rebuilt without the frames of this file and of runpy."""
    own_files = {__file__, ENTRY_FILE, getattr(sys.modules.get("runpy"), "__file__", None)}
    kept = []
    while frames is not None:
        if frames.tb_frame.f_code.co_filename not in own_files:
            kept.append(frames)
        frames = frames.tb_next
    chain = None
    for frame in reversed(kept):
        chain = type(frame)(chain, frame.tb_frame, frame.tb_lasti, frame.tb_lineno)
    return chain


def report(error, mode):
    lines = traceback_lines(error)
    if lines:
        sys.stderr.write("\n".join(lines) + "\n")
    emit("error", message=describe(error, mode), traceback=lines[-TRACEBACK_LINES:])


# --- Main ---------------------------------------------------------------------------------


def run(argv):
    """Runs the task; returns the end state: completed, error or aborted."""
    global _finishing
    mode = "handler"
    try:
        try:
            signal = signals()
            signal.signal(signal.SIGTERM, on_sigterm)
            emit("started", pid=os.getpid())
            task = load_task(argv)
            mode = task["mode"]
            context = prepare(task)
            run_user_code(task, context)
            if task["stop_condition"]:
                check_stop_condition(task["stop_condition"], context)
            return "completed"
        except Aborted:
            return "aborted"
        except BaseException as error:  # noqa: BLE001 - every failure ends as one error event
            _finishing = True
            report(error, mode)
            return "error"
    except Aborted:  # SIGTERM right after the run's own except clauses began
        return "aborted"


def main(argv):
    global _finishing
    sys.stdout = LineTracker(sys.stdout)
    sys.stderr = LineTracker(sys.stderr)
    state = "aborted"
    try:
        state = run(argv)
    except Aborted:
        pass
    _finishing = True
    if _abort_requested:
        state = "aborted"
    emit("end", state=state, exit_code=EXIT_CODES[state])
    return EXIT_CODES[state]


if __name__ == "__main__":
    sys.exit(main(sys.argv))
