"""Word count: how often each word appears in a text."""
import collections
import re


def count_words(context, text: str = "", top: int = 5):
    """Count words in the input `text_file` (if given) or in `text`.

    :param text: text to count when no `text_file` input is given
    :param top:  how many of the most frequent words to log
    """
    if "text_file" in context.inputs:
        with open(context.get_input("text_file").local(), encoding="utf-8") as handle:
            text = handle.read()
    words = re.findall(r"[\w']+", text.lower())
    counts = collections.Counter(words)
    context.log_result("words", len(words))
    context.log_result("distinct_words", len(counts))
    context.log_result("top_words", dict(counts.most_common(top)))
    lines = ["word,count"] + [f"{word},{count}" for word, count in counts.most_common()]
    context.log_artifact("word_counts", body="\n".join(lines) + "\n", local_path="word_counts.csv")
