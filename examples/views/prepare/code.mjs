// Small programming tasks for the code-generation view example. The reference answer of each task is one snippet
// of a library of Python functions; the example's "model" retrieves a snippet from that library by the task's words.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const library = [
  ['max_of_list', 'largest maximum value in a list of numbers', 'def max_of_list(values):\n    """Return the largest value."""\n    best = values[0]\n    for v in values[1:]:\n        if v > best:\n            best = v\n    return best\n'],
  ['reverse_string', 'reverse a string text backwards', 'def reverse_string(text):\n    # Slicing with a step of -1 walks backwards.\n    return text[::-1]\n'],
  ['is_palindrome', 'check whether a word string is a palindrome reads the same backwards', 'def is_palindrome(word):\n    cleaned = "".join(c.lower() for c in word if c.isalnum())\n    return cleaned == cleaned[::-1]\n'],
  ['count_words', 'count how many times each word occurs in a text frequency', 'from collections import Counter\n\ndef count_words(text):\n    return Counter(text.lower().split())\n'],
  ['fibonacci', 'fibonacci numbers sequence first n terms', 'def fibonacci(n):\n    a, b = 0, 1\n    out = []\n    for _ in range(n):\n        out.append(a)\n        a, b = b, a + b\n    return out\n'],
  ['factorial', 'factorial of a number n product', 'def factorial(n):\n    if n < 0:\n        raise ValueError("n must be >= 0")\n    result = 1\n    for k in range(2, n + 1):\n        result *= k\n    return result\n'],
  ['is_prime', 'check whether a number is prime divisors', 'def is_prime(n):\n    if n < 2:\n        return False\n    k = 2\n    while k * k <= n:\n        if n % k == 0:\n            return False\n        k += 1\n    return True\n'],
  ['mean', 'average mean of a list of numbers', 'def mean(values):\n    if not values:\n        return None  # undefined for an empty list\n    return sum(values) / len(values)\n'],
  ['flatten', 'flatten a nested list of lists into one list', 'def flatten(nested):\n    return [item for inner in nested for item in inner]\n'],
  ['read_lines', 'read a file and return its lines without newline', 'def read_lines(path):\n    with open(path, encoding="utf-8") as f:\n        return [line.rstrip("\\n") for line in f]\n'],
  ['unique', 'remove duplicates from a list keep order unique items', 'def unique(items):\n    seen = set()\n    return [x for x in items if not (x in seen or seen.add(x))]\n'],
  ['celsius_to_fahrenheit', 'convert temperature celsius to fahrenheit degrees', 'def celsius_to_fahrenheit(c):\n    return c * 9 / 5 + 32\n'],
  ['merge_dicts', 'merge two dictionaries dicts into one', 'def merge_dicts(a, b):\n    merged = dict(a)\n    merged.update(b)  # values of b win\n    return merged\n'],
  ['binary_search', 'binary search sorted list find index of a value', 'def binary_search(items, target):\n    lo, hi = 0, len(items) - 1\n    while lo <= hi:\n        mid = (lo + hi) // 2\n        if items[mid] == target:\n            return mid\n        if items[mid] < target:\n            lo = mid + 1\n        else:\n            hi = mid - 1\n    return -1\n'],
];

// [the snippet a person picked as the right answer, the task as a user wrote it]
const tasks = [
  ['max_of_list', 'Write a function that returns the largest number in a list.'],
  ['max_of_list', 'Find the biggest element of an array of ints'],
  ['reverse_string', 'Reverse a string.'],
  ['reverse_string', 'Give me the characters of a text in backwards order'],
  ['is_palindrome', 'Check if a word is a palindrome'],
  ['is_palindrome', 'Does a sentence read the same from both ends?'],
  ['count_words', 'Count the occurrences of each word in a text'],
  ['count_words', 'word frequency table for a paragraph'],
  ['fibonacci', 'Return the first n Fibonacci numbers'],
  ['factorial', 'Compute n factorial'],
  ['factorial', 'multiply all integers from 1 to n'],
  ['is_prime', 'Is a given number prime?'],
  ['is_prime', 'Test whether n has no divisors other than 1 and itself'],
  ['mean', 'Average of a list of numbers'],
  ['mean', 'compute the arithmetic mean'],
  ['flatten', 'Flatten a list of lists'],
  ['read_lines', 'Read a text file into a list of lines'],
  ['unique', 'Remove duplicate items from a list, keeping the order'],
  ['unique', 'dedupe an array'],
  ['celsius_to_fahrenheit', 'Convert Celsius to Fahrenheit'],
  ['merge_dicts', 'Merge two dictionaries'],
  ['merge_dicts', 'combine two maps where the second one wins'],
  ['binary_search', 'Find the index of a value in a sorted list with binary search'],
  ['binary_search', 'search a sorted array quickly'],
];

export function code(out) {
  const byName = Object.fromEntries(library.map(([name, , source]) => [name, source]));
  const rows = tasks.map(([name, prompt], i) =>
    JSON.stringify({ id: `task-${String(i + 1).padStart(3, '0')}`, prompt, label: byName[name], language: 'python', prompt_words: prompt.split(/\s+/).length }));
  writeFileSync(join(out, 'tasks.jsonl'), rows.join('\n') + '\n');
  writeFileSync(join(out, 'library.json'), JSON.stringify(library.map(([name, description, source]) => ({ name, description, code: source })), null, 2) + '\n');
  return rows.length;
}
