#!/usr/bin/env python3
"""Texts built to make extraction do more than linear work, by family and size.

The same families as Tests/CiteGraphTestSupport/AdversarialText.swift (the work-counting
test): the shapes a converted PDF or HTML page takes when it loses its line breaks, and the
repetitions that once made extraction quadratic.

usage: adversarial-text.py FAMILY SIZE OUT        one file of about SIZE bytes
       adversarial-text.py --seeds DIR [--size N]  one small file per family (fuzz seeds)
       adversarial-text.py --families
"""
import sys


def repeated(unit, size):
    return unit * max(1, size // len(unit.encode()))


def word(k):
    s = ""
    while True:
        s += chr(97 + k % 26)
        k //= 26
        if k == 0:
            break
    return s[0].upper() + s[1:]


def make(family, size):
    if family == "its":
        return repeated("Recalling its resolution 1373 (2001) and S/2020/12, ", size)
    if family == "list":
        out, k = ["Recalling its resolutions "], 0
        n = len(out[0])
        while n < size:
            s = "%d/%d of 21 December 2001, " % (50 + k % 20, 100 + k % 900)
            out.append(s)
            n += len(s)
            k += 1
        return "".join(out)
    if family == "its-run":
        return repeated("its ", size) + "resolution 56/183"
    if family == "markers":
        return "The General Assembly,\n\n" + repeated("the Tunis Agenda x.1, Geneva1 and Tunis1; ", size) + "\n\n1 See A/60/687.\n"
    if family == "dot-markers":
        return "The General Assembly,\n\n" + repeated("x.1,", size) + "\n\n1 See A/60/687.\n"
    if family == "symbols":
        return repeated("A/67/66-E/2012/49, S/2020/12 and A/RES/57/270 B, ", size)
    if family == "ibid":
        notes, k, n = ["1 See A/60/687, A/61/1 and S/2020/12."], 2, 0
        while n < size:
            s = "%d Ibid." % k
            notes.append(s)
            n += len(s) + 1
            k += 1
        return "The General Assembly,\n\nRecalling the Summit.1\n\n" + "\n".join(notes) + "\n"
    if family == "parens":
        depth = max(0, size // 2 - 10)
        return "(" * depth + "resolution 56/183" + ")" * depth
    if family == "paragraph":
        return repeated("The General Assembly, recalling its resolutions 56/183 of 21 December 2001 and 57/238 of "
                        "20 December 2002, and Economic and Social Council resolution 2006/46, taking note of the report "
                        "of the Secretary-General (A/67/66-E/2012/49), ", size)
    if family == "names":
        body, notes, k, n = [], [], 1, 0
        while n + len(notes) * 16 < size:
            s = "Recalling the Declaration of Principles %s and the Plan of Action %s,%d " % (word(k), word(k + 7), k)
            body.append(s)
            notes.append("%d See A/60/%d." % (k, k))
            n += len(s)
            k += 1
        return "The General Assembly,\n\n" + "".join(body) + "\n\n" + "\n".join(notes) + "\n"
    if family == "council":
        return "The General Assembly,\n\n" + repeated("the Human Rights Council named, inter alia, Council resolution 45/8 and Council decision 3/1, ", size)
    if family == "sets":
        return "The General Assembly,\n\n" + repeated("Human Rights Council resolutions on the topic, including resolutions 19/11 and ", size)
    if family == "drafts":
        return "The Economic and Social Council,\n\n" + repeated("the following draft: The General Assembly, recalling its resolution 56/183: ", size)
    if family == "same-name":
        return ("The General Assembly,\n\n" + repeated("Recalling the Tunis Agenda for the Information Society,1 ", size)
                + "\n\n1 See A/60/687.\n")
    raise SystemExit("no adversarial family %r" % family)


FAMILIES = ["its", "list", "its-run", "markers", "dot-markers", "symbols", "ibid", "parens", "paragraph", "names",
            "same-name", "council", "sets", "drafts"]

if __name__ == "__main__":
    args = sys.argv[1:]
    if args == ["--families"]:
        print("\n".join(FAMILIES))
    elif args[:1] == ["--seeds"]:
        size = int(args[args.index("--size") + 1]) if "--size" in args else 2000
        for f in FAMILIES:
            with open("%s/adversarial-%s.txt" % (args[1], f), "w") as out:
                out.write(make(f, size))
    elif len(args) == 3:
        with open(args[2], "w") as out:
            out.write(make(args[0], int(args[1])))
    else:
        sys.exit(__doc__)
