def seed(builder):
    return None


def reset():
    return None
