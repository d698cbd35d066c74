"""Hello world for the MLRun function hub, written for Runbench."""


def hello(context, name: str = "world", repeat: int = 1):
    """Greet someone and log the greeting.

    :param name:   who to greet
    :param repeat: how many times to say it
    """
    greeting = " ".join([f"Hello, {name}!"] * repeat)
    context.logger.info(greeting)
    context.log_result("greeting", greeting)
    return greeting
