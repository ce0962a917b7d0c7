/**
 * The label a web page sets before its breadcrumb (当前位置：首页 > 范文大全 > 工作汇报, 您现在的位置：…). Once the line
 * breaks are lost the breadcrumb, the page title and the first part heading stand on one line; titled-page-parts.ts
 * takes the part only when nothing before it holds a colon (a clause would), so the label's colon hid the part and its
 * （一）. The label is page furniture: it is set aside before the head is judged.
 */
const LABEL =
  /^(?:当前位置|您的位置|你的位置|您现在的位置|你现在的位置|您当前的位置|您当前位置|所在位置|现在位置|位置)\s*[：:]\s*/;

/** The head of a line without the breadcrumb's label, when a label opens it. */
export function dropBreadcrumbLabel(head: string): string {
  return head.replace(LABEL, '');
}
