"""The synthetic long-term clients and their reviews, cut into monthly snapshots."""
import numpy as np
import pandas as pd

from .common import (
    EAST, LD, MH, NORTH, SOUTH, TIMELINE_END, TIMELINE_START, YEAR, as_dates, choose, frame, month_days, month_end,
)


def simulate(council):
    rng = council.rng(2)
    initial = council.scale.long_term_clients
    monthly_leaving = 0.016
    arrivals = month_days(rng, initial * monthly_leaving)
    starts = np.concatenate([TIMELINE_START - (rng.random(initial) * 6 * 365).astype(int), arrivals])
    size = len(starts)
    stay = rng.exponential(1 / monthly_leaving * 30.4, size).astype(int)
    ends = np.where(np.arange(size) < initial, TIMELINE_START + stay, starts + stay)
    team = choose(rng, {NORTH: 0.25, SOUTH: 0.24, EAST: 0.21, LD: 0.2, MH: 0.1}, size)
    clients = pd.DataFrame({
        "person_id": [f"C{n:07d}" for n in rng.permutation(size) + 2_000_000],
        "team": team, "start": starts, "end": ends,
        "support_setting": choose(rng, {"Community": 0.7, "Residential": 0.2, "Nursing": 0.1}, size),
        "no_last_review_recorded": rng.random(size) < 0.008,
    })
    reviews = []
    due = starts + YEAR
    slow = np.where(team == LD, 1.3, 1.0)
    for _ in range(20):
        kind = rng.random(size)
        delay = np.where(kind < 0.55, rng.normal(-5, 25, size),
                         np.where(kind < 0.9, rng.lognormal(np.log(100), 0.5, size), rng.uniform(250, 520, size)))
        completed = due + (delay * slow).astype(int)
        alive = completed < ends
        reviews.append(pd.DataFrame({
            "client": np.flatnonzero(alive), "due": due[alive], "completed": completed[alive],
            "planned": rng.random(alive.sum()) < 0.88,
        }))
        due = completed + YEAR
        if (due > TIMELINE_END).all():
            break
    return clients, pd.concat(reviews, ignore_index=True).sort_values("completed", kind="stable")


def monthly(council, simulated, period):
    clients, reviews = simulated
    end, start = month_end(period), np.datetime64(period.start)
    active = clients[(clients["start"] <= end) & (clients["end"] > end)]
    done = reviews[reviews["completed"] <= end]
    done = done.drop_duplicates("client", keep="last").set_index("client")
    last = done["completed"].reindex(active.index).to_numpy()
    planned = done["planned"].reindex(active.index).to_numpy()
    last = last.astype("datetime64[D]")
    next_due = np.where(pd.isna(last), active["start"].to_numpy().astype("datetime64[D]") + YEAR, last + YEAR)
    in_month = ~pd.isna(last) & (last >= start)
    recorded_last = np.where(active["no_last_review_recorded"].to_numpy(), np.datetime64("NaT"), last)
    return frame("reviews", {
        "person_id": active["person_id"].to_numpy(), "team": active["team"].to_numpy(),
        "support_setting": active["support_setting"].to_numpy(),
        "last_review_date": as_dates(recorded_last), "next_review_due": as_dates(next_due),
        "review_completed_date": as_dates(np.where(in_month, last, np.datetime64("NaT"))),
        "review_type": np.where(in_month, np.where(planned == True, "Planned", "Unplanned"), None),  # noqa: E712
    })
