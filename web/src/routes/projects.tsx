import { Route, Routes } from 'react-router';
import { BoardPage } from '../features/projects/board-page';
import { GanttPage } from '../features/projects/gantt-page';
import { ProjectFormPage } from '../features/projects/project-form-page';
import { ProjectListPage } from '../features/projects/project-list-page';
import { ProjectPage } from '../features/projects/project-page';

/** 重点项目: the project bank, registering and editing, a project's page, the portfolio Gantt, the board. */
export function ProjectsPage() {
  return (
    <Routes>
      <Route index element={<ProjectListPage />} />
      <Route path="new" element={<ProjectFormPage />} />
      <Route path="gantt" element={<GanttPage />} />
      <Route path="board" element={<BoardPage />} />
      <Route path=":id" element={<ProjectPage />} />
      <Route path=":id/edit" element={<ProjectFormPage />} />
    </Routes>
  );
}
