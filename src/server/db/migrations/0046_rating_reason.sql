-- 配合评价: a good rating may come without a reason; fair and poor still say why (issue 15).
ALTER TABLE cooperation_ratings DROP CONSTRAINT cooperation_ratings_reason_check;
ALTER TABLE cooperation_ratings ADD CONSTRAINT cooperation_ratings_reason_check
  CHECK (length(reason) <= 1000 AND (rating = 'good' OR length(reason) >= 1));
