"""Money arithmetic of a fiche-action: totals, shares, reste à financer (all ``Decimal``)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from ti_desktop.db.models import FicheAction, LigneFinancement
from ti_desktop.db.vocabulary import CategorieFinancement

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class FinancingSummary:
    """What a reader of a financing plan checks."""

    cout_total: Decimal | None
    par_categorie: dict[CategorieFinancement, Decimal] = field(default_factory=dict)

    @property
    def total_prevu(self) -> Decimal:
        """Every line that is not refused."""
        return sum(
            (v for k, v in self.par_categorie.items() if k != CategorieFinancement.REFUSE), ZERO
        )

    @property
    def acquis(self) -> Decimal:
        return self.par_categorie.get(CategorieFinancement.ACQUIS, ZERO)

    @property
    def reste_a_financer(self) -> Decimal:
        """Cost minus every non-refused line, floored at zero."""
        if self.cout_total is None:
            return ZERO
        return max(self.cout_total - self.total_prevu, ZERO)

    @property
    def sur_financement(self) -> Decimal:
        """How much the non-refused lines exceed the cost (zero when they do not)."""
        if self.cout_total is None:
            return ZERO
        return max(self.total_prevu - self.cout_total, ZERO)

    @property
    def est_sur_finance(self) -> bool:
        return self.sur_financement > 0

    @property
    def part_acquise(self) -> Decimal | None:
        return share(self.acquis, self.cout_total)

    @property
    def part_financee(self) -> Decimal | None:
        return share(self.total_prevu, self.cout_total)


def share(amount: Decimal, total: Decimal | None) -> Decimal | None:
    """``amount / total`` rounded to 4 places (a ratio), or None without a total."""
    if total is None or total == 0:
        return None
    return (amount / total).quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)


def summarize_lines(cost: Decimal | None, lines: Iterable[LigneFinancement]) -> FinancingSummary:
    """Totals per financing category for a cost and its lines."""
    totals: dict[CategorieFinancement, Decimal] = {}
    for line in lines:
        category = CategorieFinancement(line.statut.categorie)
        totals[category] = totals.get(category, ZERO) + line.montant
    return FinancingSummary(cost, totals)


def summarize_fiche(fiche: FicheAction) -> FinancingSummary:
    """Totals of one fiche-action's financing plan."""
    return summarize_lines(fiche.cout_total_ht, fiche.financements)
