import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import Landing from './layout/Landing';
import Layout from './layout/Layout';
import LoginPage from './pages/LoginPage';
import NotFoundPage from './pages/NotFoundPage';
import SystemPage from './pages/SystemPage';
import InboxPage from './pages/inbox/InboxPage';
import TaskPage from './pages/inbox/TaskPage';
import DeskPage from './pages/desk/DeskPage';
import RequireSession from './session/RequireSession';

const DashboardPage = lazy(() => import('./pages/dashboard/DashboardPage'));
const ItemPage = lazy(() => import('./pages/item/ItemPage'));
const PlanImportPage = lazy(() => import('./pages/plan-import/PlanImportPage'));
const ModelerPage = lazy(() => import('./pages/modeler/ModelerPage'));
const MessagesPage = lazy(() => import('./pages/messages/MessagesPage'));
const ModelDiffPage = lazy(() => import('./pages/modeler/diff/DiffPage'));
const ModelReviewPage = lazy(() => import('./pages/modeler/review/ReviewPage'));
const SearchPage = lazy(() => import('./pages/search/SearchPage'));

export default function App() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route element={<RequireSession />}>
        <Route element={<Layout />}>
          <Route index element={<Landing />} />
          <Route path="system" element={<SystemPage />} />
          <Route path="inbox" element={<InboxPage />} />
          <Route path="tasks/:taskId" element={<TaskPage />} />
          <Route path="desk" element={<DeskPage />} />
          <Route path="messages" element={<MessagesPage />} />
          <Route path="dashboard" element={<DashboardPage />} />
          <Route path="items/:id" element={<ItemPage />} />
          <Route path="search" element={<SearchPage />} />
          <Route path="/import" element={<PlanImportPage />} />
          <Route path="/modeler" element={<ModelerPage />} />
          <Route path="/modeler/diff" element={<ModelDiffPage />} />
          <Route path="/modeler/review" element={<ModelReviewPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
